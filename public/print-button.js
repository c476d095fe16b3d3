// Print buttons: a page works without script (the hint beside the button says how to print);
// with script the button appears and opens the browser's print dialogue.
for (const button of document.querySelectorAll('[data-print-button]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}
