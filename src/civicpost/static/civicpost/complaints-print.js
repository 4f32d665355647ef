// complaints: a "Print this letter" button (no inline scripts under the CSP).
document.querySelectorAll("[data-app-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
