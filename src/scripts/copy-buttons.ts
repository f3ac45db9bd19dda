/**
 * Copy buttons beside "Cite this paper": each formatted citation and each
 * BibTeX, RIS or CSL-JSON record gets a button that copies it and says so,
 * visibly ("Copied") and to screen readers (a polite status). Without
 * JavaScript, or without clipboard access, the text stays there to select.
 */
const copied = document.createElement('p');
copied.className = 'visually-hidden';
copied.setAttribute('role', 'status');

for (const block of document.querySelectorAll<HTMLElement>('.cite-this .copyable')) {
  if (!navigator.clipboard) break;
  const label = block.closest('details')?.querySelector('summary')?.textContent ?? block.previousElementSibling?.textContent ?? 'citation';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy the ${label.trim()}`);
  // The text as it stands before the button joins it.
  const text = block.innerText.trim();
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text).then(() => {
      button.textContent = 'Copied';
      button.classList.add('copied');
      copied.textContent = `Copied the ${label.trim()}`;
      setTimeout(() => {
        button.textContent = 'Copy';
        button.classList.remove('copied');
      }, 2000);
    });
  });
  // Inside a definition (a <dl> holds only its terms and definitions), after a record.
  if (block.tagName === 'DD') block.append(' ', button);
  else block.after(button);
}
document.querySelector('.cite-this')?.append(copied);
