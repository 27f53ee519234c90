// Crosscheck dossier: citations open in place, and a claim or quote highlights its passages in the source texts.
// Report offsets are UTF-16 offsets into each article's cleaned text, which the page holds in .text[data-article].
'use strict';

function textPosition(container, offset) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    if (offset <= node.length) {
      return { node, offset };
    }
    offset -= node.length;
  }
  return null;
}

function clearHighlights() {
  for (const mark of document.querySelectorAll('mark.highlight')) {
    const parent = mark.parentNode;
    while (mark.firstChild) {
      parent.insertBefore(mark.firstChild, mark);
    }
    parent.removeChild(mark);
    parent.normalize();
  }
  for (const selected of document.querySelectorAll('.selected')) {
    selected.classList.remove('selected');
  }
}

function highlight(origin) {
  clearHighlights();
  origin.classList.add('selected');
  let passages;
  try {
    passages = JSON.parse(origin.dataset.passages);
  } catch {
    return;
  }
  let first = null;
  for (const passage of passages) {
    const container = [...document.querySelectorAll('.text[data-article]')].find(t => t.dataset.article === passage.article);
    if (!container || passage.start < 0 || passage.end <= passage.start || passage.end > container.textContent.length) {
      continue;
    }
    const start = textPosition(container, passage.start);
    const end = textPosition(container, passage.end);
    if (!start || !end) {
      continue;
    }
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const mark = document.createElement('mark');
    mark.className = 'highlight';
    try {
      range.surroundContents(mark);
    } catch {
      continue;
    }
    const details = container.closest('details');
    if (details) {
      details.open = true;
    }
    first = first || mark;
  }
  if (first) {
    first.scrollIntoView({ block: 'center' });
  }
}

function toggleCitation(button) {
  const quote = document.getElementById(button.dataset.cite);
  if (quote) {
    quote.hidden = !quote.hidden;
    button.setAttribute('aria-expanded', String(!quote.hidden));
  }
}

document.addEventListener('click', event => {
  if (!(event.target instanceof Element) || event.target.closest('a')) {
    return;
  }
  const cite = event.target.closest('[data-cite]');
  if (cite) {
    toggleCitation(cite);
    return;
  }
  const passageLink = event.target.closest('[data-passages]');
  if (passageLink) {
    highlight(passageLink);
  }
});

document.addEventListener('keydown', event => {
  if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && event.target.matches('[data-passages]')) {
    event.preventDefault();
    highlight(event.target);
  }
});
