// The Browser guide opened as a plain page: a click on a Cypher block copies it (in Neo4j Browser it runs instead).
document.querySelectorAll('pre.runnable').forEach((block) => {
  block.setAttribute('role', 'button');
  block.setAttribute('tabindex', '0');
  block.title = 'Copy this Cypher';
  const copy = async () => {
    const text = block.textContent.trim();
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      // No clipboard (an insecure origin, or permission refused): select the text so Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(block);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
    block.classList.add('copied');
    setTimeout(() => block.classList.remove('copied'), 1500);
  };
  block.addEventListener('click', copy);
  block.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); copy(); } });
});
