// civicpost: start GOV.UK Frontend. Loaded as <script type="module">: module
// scripts run only in the browsers GOV.UK Frontend supports, so this replaces
// GOV.UK's inline <script> (not allowed under `script-src 'self'`).
import { initAll } from "../govuk/govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

// Content that htmx swaps in gets the same start-up (error summaries,
// notification banners, buttons...). htmx.min.js is a deferred classic script,
// so it is already listening when this module runs.
document.body.addEventListener("htmx:load", (event) => {
  if (event.target instanceof Element && event.target !== document.body) {
    initAll({ scope: event.target });
  }
});
