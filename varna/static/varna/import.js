// Imports of other sources: a progress bar while a file uploads, and while a confirmed import
// runs. Both forms are plain forms that work without JavaScript; this only adds the progress.
(function () {
  "use strict";

  function init(root) {
    root.querySelectorAll("form[data-upload-form]").forEach(initUpload);
    root.querySelectorAll("form[data-confirm-form]").forEach(initConfirm);
    var summary = root.querySelector("[data-error-summary]");
    if (summary && root !== document) { summary.focus(); }
  }

  // The server answered the upload with the page again (the file was refused): show it in place.
  function replaceMain(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    var main = fresh.getElementById("main");
    var current = document.getElementById("main");
    if (!main || !current) { return false; }
    current.replaceWith(main);
    document.title = fresh.title;
    init(main);
    return true;
  }

  function initUpload(form) {
    var box = form.querySelector("[data-upload-progress]");
    if (!box || !window.FormData || !window.XMLHttpRequest) { return; }
    var bar = box.querySelector("progress");
    var status = box.querySelector("[data-upload-status]");
    var button = form.querySelector("button[type=submit]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      box.hidden = false;
      button.disabled = true;
      bar.value = 0;
      function failed() {
        status.textContent = status.dataset.failed;
        button.disabled = false;
      }
      xhr.upload.addEventListener("progress", function (progress) {
        if (!progress.lengthComputable) { return; }
        var percent = Math.round((progress.loaded / progress.total) * 100);
        bar.value = percent;
        status.textContent = status.dataset.sending.replace("%s", percent);
      });
      xhr.upload.addEventListener("load", function () {
        bar.value = 100;
        status.textContent = status.dataset.checking;
      });
      xhr.addEventListener("load", function () {
        var landed = xhr.responseURL ? new URL(xhr.responseURL) : null;
        if (xhr.status === 200 && landed && landed.pathname !== window.location.pathname) {
          window.location.assign(xhr.responseURL);  // a good file: on to its preview
        } else if (xhr.status === 200 && replaceMain(xhr.responseText)) {
          return;
        } else {
          failed();
        }
      });
      xhr.addEventListener("error", failed);
      xhr.open("POST", form.action);
      xhr.send(new FormData(form));
    });
  }

  function initConfirm(form) {
    var box = form.querySelector("[data-import-progress]");
    if (!box || !window.fetch || !window.TextDecoder || !window.ReadableStream) { return; }
    var bar = box.querySelector("progress");
    var status = box.querySelector("[data-import-status]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var buttons = document.querySelectorAll(".import-actions button");
      buttons.forEach(function (button) { button.disabled = true; });
      box.hidden = false;
      var problems = false;
      function handle(line) {
        if (!line.trim()) { return; }
        var message = JSON.parse(line);
        if (message.total !== undefined) {
          bar.max = Math.max(message.total, 1);
          bar.value = message.done;
          status.textContent = form.dataset.progressText
            .replace("%(done)s", message.done).replace("%(total)s", message.total);
        }
        if (message.problems) { problems = true; }
        if (message.url) {
          if (problems) {
            // Nothing was imported: let the server show why, as without JavaScript.
            HTMLFormElement.prototype.submit.call(form);
          } else {
            window.location.assign(message.url);
          }
        }
      }
      function failed() {
        status.textContent = form.dataset.failed;
      }
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Varna-Progress": "1" }
      }).then(function (response) {
        if (!response.ok || !response.body) { throw new Error(String(response.status)); }
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = "";
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { handle(buffer); return; }
            buffer += decoder.decode(chunk.value, { stream: true });
            var lines = buffer.split("\n");
            buffer = lines.pop();
            lines.forEach(handle);
            return pump();
          });
        }
        return pump();
      }).catch(failed);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
})();
