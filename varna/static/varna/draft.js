// Keeps a draft of a form in this browser tab (sessionStorage), so that nothing typed is lost
// when sending fails, e.g. when the database cannot be reached and the server answers 503.
// The server never keeps a draft: free text reaches it only when sent, and is checked for
// personal data before anything is saved. The tab's storage is gone when the tab is closed.
//
// <form data-draft="KEY"> is kept under KEY; data-draft-from-server marks a form the server
// showed again with what was sent (that becomes the draft); <div data-draft-clear="KEY"> on the
// next page (the receipt) forgets it.
(function () {
  "use strict";
  var PREFIX = "varna-draft:";

  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function kept(element) {
    // Not the CSRF token, buttons, nor the de-identification choices tied to one answer.
    return element.name && !element.disabled && element.name.charAt(0) !== "_" &&
      element.name.indexOf("__") === -1 && element.name !== "csrfmiddlewaretoken" &&
      ["hidden", "file", "password", "submit", "button", "reset"].indexOf(element.type) === -1;
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, kept);
  }

  function read(form) {
    var values = {};
    fields(form).forEach(function (element) {
      if (element.type === "checkbox" || element.type === "radio") {
        values[element.name] = values[element.name] || [];
        if (element.checked) { values[element.name].push(element.value); }
      } else if (element.tagName === "SELECT" && element.multiple) {
        values[element.name] = Array.prototype.filter.call(element.options, function (option) {
          return option.selected;
        }).map(function (option) { return option.value; });
      } else {
        values[element.name] = [element.value];
      }
    });
    return values;
  }

  // Fill the form with `values`; true when a list lacked a saved choice (another
  // administration's units), so that the server must show the form again for it.
  function write(form, values) {
    var lacking = false;
    fields(form).forEach(function (element) {
      var wanted = values[element.name];
      if (!wanted) { return; }
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = wanted.indexOf(element.value) !== -1;
      } else if (element.tagName === "SELECT") {
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = wanted.indexOf(option.value) !== -1;
        });
        wanted.forEach(function (value) {
          var present = Array.prototype.some.call(element.options, function (option) {
            return option.value === value;
          });
          if (!present && value) {
            element.add(new Option(value, value, true, true));
            lacking = true;
          }
        });
      } else {
        element.value = wanted[0] || "";
      }
    });
    return lacking;
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // The page gives the texts (translated): data-draft-offer, -restore, -discard, -restored.
  function say(form, name, fallback) {
    return form.getAttribute("data-draft-" + name) || fallback;
  }

  function offer(form, key, draft, storage, done) {
    var box = document.createElement("div");
    box.className = "notice draft-offer";
    box.setAttribute("role", "status");
    var text = document.createElement("p");
    text.tabIndex = -1;
    text.textContent = say(form, "offer", "Det finns ett utkast som inte skickades.");
    var restore = document.createElement("button");
    restore.type = "button";
    restore.textContent = say(form, "restore", "Återställ utkastet");
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "secondary";
    discard.textContent = say(form, "discard", "Släng utkastet");
    box.appendChild(text);
    box.appendChild(restore);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(discard);
    form.parentNode.insertBefore(box, form);

    restore.addEventListener("click", function () {
      var lacking = write(form, draft);
      storage.setItem(key, JSON.stringify(read(form)));
      done();
      var refresh = form.querySelector("button[name=_refresh]");
      if (lacking && refresh) {
        // The saved unit or area belongs to another administration: let the server list them.
        storage.setItem(key, JSON.stringify(draft));
        refresh.click();
        return;
      }
      text.textContent = say(form, "restored", "Utkastet är återställt.");
      box.removeChild(restore);
      box.removeChild(discard);
      text.focus();
    });
    discard.addEventListener("click", function () {
      storage.removeItem(key);
      done();
      box.parentNode.removeChild(box);
      var first = fields(form)[0];
      if (first) { first.focus(); }
    });
  }

  function keep(form) {
    var storage = store();
    if (!storage) { return; }
    var key = PREFIX + form.getAttribute("data-draft");
    var saved = storage.getItem(key);
    var pending = false;
    var save = function () {
      if (!pending) { storage.setItem(key, JSON.stringify(read(form))); }
    };
    if (form.hasAttribute("data-draft-from-server")) {
      save();
    } else if (saved) {
      var draft = null;
      try { draft = JSON.parse(saved); } catch (e) { storage.removeItem(key); }
      if (draft && !same(draft, read(form))) {
        pending = true;
        offer(form, key, draft, storage, function () { pending = false; });
      }
    }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", function () {
      // Sending while the old draft is still offered: what is sent now is the draft.
      pending = false;
      save();
    });
  }

  function start() {
    var storage = store();
    Array.prototype.forEach.call(document.querySelectorAll("[data-draft-clear]"), function (element) {
      if (storage) { storage.removeItem(PREFIX + element.getAttribute("data-draft-clear")); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("form[data-draft]"), keep);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
