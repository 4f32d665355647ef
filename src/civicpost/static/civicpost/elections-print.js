// civicpost elections: the "Print this return" button (no inline scripts under the CSP).
for (const button of document.querySelectorAll("[data-app-print]")) {
  button.addEventListener("click", () => window.print());
}
