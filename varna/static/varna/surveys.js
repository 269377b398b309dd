// Survey answering page: hide the questions the answers so far do not ask.
// Without this script every question is shown with a note saying when to answer it; the
// server ignores the answers of questions whose condition is not met.
(function () {
  "use strict";
  function chosen(form, name) {
    var values = [];
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if (input.checked) { values.push(input.value); }
    });
    return values;
  }
  function update(form) {
    var shown = {};
    form.querySelectorAll(".question").forEach(function (question) {
      var name = question.getAttribute("data-show-if");
      var visible = true;
      if (name) {
        var source = form.querySelector('.question [name="' + name + '"]');
        var sourceQuestion = source ? source.closest(".question") : null;
        visible = !!sourceQuestion && shown[sourceQuestion.id] === true &&
          chosen(form, name).indexOf(question.getAttribute("data-show-value")) !== -1;
      }
      question.hidden = !visible;
      shown[question.id] = visible;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-survey-form]");
    if (!form) { return; }
    form.classList.add("js-conditions");
    update(form);
    form.addEventListener("change", function () { update(form); });
  });
})();
