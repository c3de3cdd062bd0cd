// decent serve: small progressive enhancements; every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // A long upload shows that it is working.
  const upload = document.getElementById("upload");
  if (upload) {
    upload.addEventListener("submit", () => {
      const bar = upload.querySelector("progress.busy");
      if (bar) bar.hidden = false;
      const button = upload.querySelector("button[type=submit]");
      if (button) button.disabled = true;
    });
  }
  for (const b of document.querySelectorAll("button.print")) {
    b.addEventListener("click", () => window.print());
  }
});
