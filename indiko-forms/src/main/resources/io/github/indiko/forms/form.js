(function () {
  "use strict";
  // Shows and hides the conditional questions of an Indiko form as the citizen answers. Reads the
  // conditions from the JSON tree next to it; evaluates them as the server does (a hidden question
  // counts as unanswered; a comparison with an unanswered question is false). Nothing is parsed as
  // code or markup: only the hidden and disabled properties change.
  var script = document.currentScript;
  var form = script && script.closest("form");
  if (!form) {
    return;
  }
  var data = form.querySelector("script[data-ik-conditions]");
  if (!data) {
    return;
  }
  var model = JSON.parse(data.textContent);
  var containers = {};
  Array.prototype.forEach.call(form.querySelectorAll("[data-ik-q]"), function (element) {
    containers[element.getAttribute("data-ik-q")] = element;
  });
  var NUMBER = /^-?(\d+|\d*\.\d+)([eE][+-]?\d+)?$/;

  function raw(name) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (element.name !== name) {
        return;
      }
      if ((element.type === "radio" || element.type === "checkbox") && !element.checked) {
        return;
      }
      values.push(element.value);
    });
    return values;
  }

  function typed(question, values) {
    if (question.kind === "multi") {
      return values.length > 0 ? values : null;
    }
    var value = values.length === 1 ? values[0] : "";
    if (value === "") {
      return null;
    }
    if (question.kind === "number") {
      return NUMBER.test(value) ? Number(value) : null;
    }
    if (question.kind === "boolean") {
      return value === "true" ? true : value === "false" ? false : null;
    }
    return value;
  }

  function compare(answer, op, value) {
    switch (op) {
      case "==": return answer === value;
      case "!=": return answer !== value;
      case "<": return answer < value;
      case "<=": return answer <= value;
      case ">": return answer > value;
      default: return answer >= value;
    }
  }

  function test(node, answers) {
    var answer = node.q === undefined ? null : answers[node.q];
    switch (node.t) {
      case "const": return node.v;
      case "not": return !test(node.c, answers);
      case "and": return node.c.every(function (c) { return test(c, answers); });
      case "or": return node.c.some(function (c) { return test(c, answers); });
      case "answered": return answer !== null && answer !== undefined;
      case "cmp": return answer !== null && answer !== undefined && compare(answer, node.op, node.v);
      case "in": return answer !== null && answer !== undefined && node.v.indexOf(answer) >= 0;
      case "contains": return Array.isArray(answer) && answer.indexOf(node.v) >= 0;
      default: return false;
    }
  }

  // A shown required question's controls are required, as the server renders them; a group of
  // checkboxes never is (one box need not be ticked), as on the server.
  function setShown(container, shown, required) {
    container.hidden = !shown;
    if (container.tagName === "FIELDSET") {
      container.disabled = !shown;
    }
    Array.prototype.forEach.call(container.querySelectorAll("input, textarea, select"), function (control) {
      control.disabled = !shown;
      control.required = shown && required && control.type !== "checkbox";
    });
  }

  function update() {
    var answers = {};
    model.questions.forEach(function (question) {
      var shown = question.when === null || test(question.when, answers);
      var container = containers[question.id];
      if (question.when !== null && container) {
        setShown(container, shown, question.required);
      }
      answers[question.id] = shown ? typed(question, raw(question.id)) : null;
    });
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
  var summary = form.querySelector("[data-ik-errors]");
  if (summary) {
    summary.focus();
  }
})();
