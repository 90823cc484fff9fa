/*
 * gongkai reader tools: text size steps and read-aloud (语音朗读). Site-local, no external
 * resource; every page, in both editions, works without this script, which only adds to it.
 * Loaded in <head> without defer so the chosen text size applies before the page is drawn.
 */
(function () {
  'use strict';

  var STORE_KEY = 'gongkai-text-size';
  var STEPS = ['standard', 'large', 'larger'];
  var root = document.documentElement;

  function storedStep() {
    try {
      return window.localStorage.getItem(STORE_KEY);
    } catch (e) {
      return null; // storage switched off: every page starts at the standard size
    }
  }

  function storeStep(step) {
    try {
      window.localStorage.setItem(STORE_KEY, step);
    } catch (e) {
      // storage switched off: the step holds for this page only
    }
  }

  function applyStep(step) {
    if (STEPS.indexOf(step) < 0) {
      step = STEPS[0];
    }
    root.setAttribute('data-text-size', step);
    var buttons = document.querySelectorAll('[data-text-size-step]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-text-size-step') === step));
    }
  }

  applyStep(storedStep());

  function setUpTextSize() {
    var group = document.querySelector('.text-size');
    if (!group) {
      return;
    }
    applyStep(storedStep());
    group.hidden = false;
    group.addEventListener('click', function (event) {
      var button = event.target.closest('[data-text-size-step]');
      if (button) {
        var step = button.getAttribute('data-text-size-step');
        storeStep(step);
        applyStep(step);
      }
    });
  }

  /** Splits text at sentence ends into pieces short enough for every speech engine. */
  function sentences(text) {
    var pieces = text.replace(/\s+/g, ' ').match(/[^。！？；!?;]+[。！？；!?;]*/g) || [];
    var out = [];
    for (var i = 0; i < pieces.length; i++) {
      var piece = pieces[i].trim();
      while (piece.length > 200) {
        out.push(piece.slice(0, 200));
        piece = piece.slice(200);
      }
      if (piece) {
        out.push(piece);
      }
    }
    return out;
  }

  function setUpReadAloud() {
    var button = document.querySelector('.read-aloud');
    var main = document.querySelector('main');
    var synth = window.speechSynthesis;
    if (!button || !main || !synth || typeof window.SpeechSynthesisUtterance !== 'function') {
      return; // the browser cannot speak: the button stays hidden
    }
    var reading = false;

    function chineseVoice() {
      var voices = synth.getVoices() || [];
      for (var i = 0; i < voices.length; i++) {
        if (/^(zh|cmn)/i.test(voices[i].lang)) {
          return voices[i];
        }
      }
      return null;
    }

    function showState() {
      button.textContent = reading ? '停止朗读' : '朗读全文';
    }

    function stop() {
      reading = false;
      synth.cancel();
      showState();
    }

    function start() {
      var voice = chineseVoice();
      var parts = sentences(main.innerText);
      if (!voice || parts.length === 0) {
        return;
      }
      synth.cancel();
      reading = true;
      showState();
      parts.forEach(function (text, i) {
        var utterance = new window.SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        if (i === parts.length - 1) {
          utterance.onend = function () {
            reading = false;
            showState();
          };
        }
        synth.speak(utterance);
      });
    }

    // Voices arrive late in some browsers; the button shows only once a Chinese voice exists.
    function offerIfPossible() {
      button.hidden = !reading && !chineseVoice();
    }

    button.addEventListener('click', function () {
      if (reading) {
        stop();
      } else {
        start();
      }
    });
    document.addEventListener('keydown', function (event) {
      if (reading && event.key === 'Escape') {
        stop();
      }
    });
    window.addEventListener('pagehide', function () {
      if (reading) {
        synth.cancel();
      }
    });
    if (typeof synth.addEventListener === 'function') {
      synth.addEventListener('voiceschanged', offerIfPossible);
    }
    offerIfPossible();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpTextSize();
    setUpReadAloud();
  });
}());
