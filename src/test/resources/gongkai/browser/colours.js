// Contrast of the open page's colours. arguments[0]: the lowest ratio allowed; arguments[1]: also
// check every piece of text shown against its actual background. Returns what falls short.
var minimum = arguments[0];
var everyText = arguments[1];
var problems = [];

function rgb(colour) {
  var m = colour.match(/rgba?\(([^)]+)\)/);
  if (!m) {
    var probe = document.createElement('span');
    probe.style.color = colour;
    document.body.appendChild(probe);
    colour = getComputedStyle(probe).color;
    probe.remove();
    m = colour.match(/rgba?\(([^)]+)\)/);
  }
  var parts = m[1].split(',').map(parseFloat);
  return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
}
function luminance(c) {
  function channel(v) {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}
function ratio(a, b) {
  var la = luminance(a);
  var lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
function backgroundOf(el) {
  for (var e = el; e; e = e.parentElement) {
    var c = rgb(getComputedStyle(e).backgroundColor);
    if (c.a > 0) {
      return c;
    }
  }
  return {r: 255, g: 255, b: 255, a: 1};
}

// The palette: each text colour on the background it is used on.
var root = getComputedStyle(document.documentElement);
function token(name) {
  return rgb(root.getPropertyValue(name).trim());
}
var white = {r: 255, g: 255, b: 255, a: 1};
[['--text', '--bg'], ['--muted', '--bg'], ['--link', '--bg'], ['--link-visited', '--bg'], ['--ok', '--bg'],
 ['--warn', '--bg'], ['--stop', '--bg'], ['--text', '--panel'], ['--link', '--panel'], ['--muted', '--panel']]
    .forEach(function (pair) {
  var r = ratio(token(pair[0]), token(pair[1]));
  if (r < minimum) {
    problems.push('配色 ' + pair[0] + ' / ' + pair[1] + ' 对比度 ' + r.toFixed(2));
  }
});
['--brand', '--brand-dark'].forEach(function (name) {
  var r = ratio(white, token(name));
  if (r < minimum) {
    problems.push('配色 白字 / ' + name + ' 对比度 ' + r.toFixed(2));
  }
});
var focus = ratio(token('--focus'), token('--bg'));
if (focus < 3) {
  problems.push('焦点框 --focus / --bg 对比度 ' + focus.toFixed(2) + '，应至少 3');
}

if (everyText) {
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var seen = new Set();
  while (walker.nextNode()) {
    var el = walker.currentNode.parentElement;
    var rect = el.getBoundingClientRect();
    if (!walker.currentNode.nodeValue.trim() || seen.has(el) || rect.width === 0 || rect.bottom <= 0
        || getComputedStyle(el).visibility === 'hidden') {
      continue;
    }
    seen.add(el);
    var r = ratio(rgb(getComputedStyle(el).color), backgroundOf(el));
    if (r < minimum) {
      problems.push('文字对比度 ' + r.toFixed(2) + '：<' + el.tagName.toLowerCase() + ' class="' + el.className + '">「'
          + el.textContent.trim().slice(0, 20) + '」');
    }
  }
}
return problems;
