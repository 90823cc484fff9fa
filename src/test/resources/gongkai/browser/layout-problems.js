// Reflow and text-spacing problems of the open page: scrolling sideways, clipped text, and
// scrolling regions a keyboard or screen reader user cannot reach. Returns one line each.
var problems = [];
var width = document.documentElement.clientWidth;
function name(el) {
  return '<' + el.tagName.toLowerCase() + (el.className ? ' class="' + el.className + '"' : '') + '>「'
      + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 20) + '」';
}
function scrollsSideways(el) {
  var x = getComputedStyle(el).overflowX;
  return x === 'auto' || x === 'scroll';
}
if (document.documentElement.scrollWidth > width + 1) {
  problems.push('页面宽 ' + document.documentElement.scrollWidth + 'px，超出窗口 ' + width + 'px，需要左右滚动');
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (scrollsSideways(p)) {
        return;
      }
    }
    if (r.right > width + 1 && el.children.length === 0) {
      problems.push('  超出：' + name(el) + ' 右边缘 ' + r.right.toFixed(0) + 'px');
    }
  });
}
document.querySelectorAll('body *').forEach(function (el) {
  var s = getComputedStyle(el);
  var clips = /hidden|clip/.test(s.overflowX + ' ' + s.overflowY);
  // Text hidden on purpose for screen readers only (a 1 px clipped box) is not truncated text.
  var visuallyHidden = el.offsetWidth <= 1 && el.offsetHeight <= 1;
  if (clips && !visuallyHidden && el.textContent.trim() && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
    problems.push('文字被截断：' + name(el));
  }
  if (scrollsSideways(el) && el.scrollWidth > el.clientWidth + 1) {
    var labelled = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    if (el.tabIndex < 0 || !labelled || el.getAttribute('role') !== 'region') {
      problems.push('可左右滚动的区域须可用键盘聚焦并有名称（tabindex="0"、role="region"、aria-label）：' + name(el));
    }
  }
});
return problems;
