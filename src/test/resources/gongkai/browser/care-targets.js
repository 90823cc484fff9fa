// Checks the open care-edition page against the care targets; returns what misses them, one
// readable line each, or an empty list. Run by AccessibilityTest through Browser.runScript.
var problems = [];
var PRIMARY = '.site-nav a, .edition-switch, .text-size button, .read-aloud, .entry-list a, .facets a, .pager a';
var CONTROLS = 'a[href], button, input, select, textarea, summary';

function shown(el) {
  var s = getComputedStyle(el);
  var r = el.getBoundingClientRect();
  return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0 && r.bottom > 0;
}
function name(el) {
  var text = (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 24);
  return '<' + el.tagName.toLowerCase() + (el.className ? ' class="' + el.className + '"' : '') + '>「' + text + '」';
}
function px(v) {
  return parseFloat(v);
}

// Text: size, line height (WCAG 1.4.12 / 适老化: at least 1.5).
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var seen = new Set();
while (walker.nextNode()) {
  var el = walker.currentNode.parentElement;
  if (!walker.currentNode.nodeValue.trim() || seen.has(el) || !shown(el)) {
    continue;
  }
  seen.add(el);
  var s = getComputedStyle(el);
  var size = px(s.fontSize);
  var min = el.closest('h1, h2, h3, h4, h5, h6') ? 30 : 24;
  if (size < min - 0.01) {
    problems.push('字号 ' + size + 'px，应至少 ' + min + 'px：' + name(el));
  }
  var lineHeight = s.lineHeight === 'normal' ? NaN : px(s.lineHeight);
  if (!(lineHeight >= 1.5 * size - 0.01)) {
    problems.push('行高 ' + s.lineHeight + '，应至少为字号 ' + size + 'px 的 1.5 倍：' + name(el));
  }
}

// Paragraph spacing: the gap below a paragraph is at least 1.3 times its line height.
document.querySelectorAll('main p').forEach(function (p) {
  var next = p.nextElementSibling;
  while (next && !shown(next)) {
    next = next.nextElementSibling;
  }
  if (!next || !shown(p)) {
    return;
  }
  var gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
  var lineHeight = px(getComputedStyle(p).lineHeight);
  if (gap < 1.3 * lineHeight - 0.5) {
    problems.push('段距 ' + gap.toFixed(1) + 'px，应至少为行高 ' + lineHeight + 'px 的 1.3 倍：' + name(p));
  }
});

// Targets: primary controls 60 × 60, every other control 44 × 44 unless it is a link in running text.
function inRunningText(el) {
  if (getComputedStyle(el).display !== 'inline') {
    return false;
  }
  var block = el.parentElement;
  while (block && getComputedStyle(block).display === 'inline') {
    block = block.parentElement;
  }
  var rest = block.innerText;
  block.querySelectorAll(CONTROLS).forEach(function (c) {
    rest = rest.replace(c.innerText, '');
  });
  return rest.replace(/[\s、，。；：（）]/g, '').length > 0;
}
document.querySelectorAll(CONTROLS).forEach(function (el) {
  if (!shown(el)) {
    return;
  }
  var r = el.getBoundingClientRect();
  var min = el.matches(PRIMARY) ? 60 : 44;
  if (min === 44 && inRunningText(el)) {
    return;
  }
  if (r.width < min - 0.01 || r.height < min - 0.01) {
    problems.push('目标 ' + r.width.toFixed(1) + '×' + r.height.toFixed(1) + 'px，应至少 ' + min + '×' + min + 'px：' + name(el));
  }
  var labelText = el.labels && el.labels.length
    ? Array.prototype.map.call(el.labels, function (l) { return shown(l) ? l.innerText : ''; }).join('')
    : '';
  if (!((el.innerText || '') + labelText).trim()) {
    problems.push('控件没有文字标签：' + name(el));
  }
});

// One column: nothing in main sits beside other blocks.
document.querySelectorAll('main *').forEach(function (el) {
  var s = getComputedStyle(el);
  if (s.float !== 'none' || s.columnCount !== 'auto'
      || (s.display.indexOf('grid') >= 0 && s.gridTemplateColumns.trim().split(/\s+/).length > 1)) {
    problems.push('多栏布局（float、columns 或多列 grid）：' + name(el));
  }
  if (s.display.indexOf('flex') >= 0 && s.flexDirection.indexOf('row') === 0) {
    for (var i = 0; i < el.children.length; i++) {
      if (el.children[i].matches('p, div, ul, ol, dl, table, section, article, aside, h1, h2, h3, h4, h5, h6')) {
        problems.push('并排的块（横向 flex）：' + name(el));
        break;
      }
    }
  }
});

// Nothing that moves or pops up.
if (document.getAnimations().length > 0) {
  problems.push('页面有动画：' + document.getAnimations().length + ' 个');
}
document.querySelectorAll('marquee, blink, dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], '
    + '[role="marquee"], video[autoplay], audio[autoplay], meta[http-equiv="refresh"]').forEach(function (el) {
  problems.push('弹窗或移动的内容：' + name(el));
});

// A large pointer, from the site itself.
var cursors = [getComputedStyle(document.documentElement).cursor, getComputedStyle(document.querySelector('a[href]')).cursor];
cursors.forEach(function (c) {
  if (!/url\(/.test(c)) {
    problems.push('没有大鼠标指针：cursor 为 ' + c);
  }
});
return problems;
