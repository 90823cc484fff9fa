// Stands in for the browser's speech engine before any page script runs: headless Chromium has
// no voices, so the read-aloud button would stay hidden. Records what the page asks it to say.
(function () {
  var fake = {
    spoken: [],
    cancels: 0,
    queue: [],
    getVoices: function () {
      return [{lang: 'zh-CN', name: '测试语音', default: true}];
    },
    speak: function (utterance) {
      this.spoken.push(utterance.text);
      this.queue.push(utterance);
    },
    cancel: function () {
      this.cancels++;
      this.queue = [];
    },
    addEventListener: function () {},
    finish: function () {
      var last = this.queue.pop();
      this.queue = [];
      if (last && last.onend) {
        last.onend();
      }
    }
  };
  Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true});
  window.SpeechSynthesisUtterance = function (text) {
    this.text = text;
  };
}());
