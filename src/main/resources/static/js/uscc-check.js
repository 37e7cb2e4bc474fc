/* The unified social credit code checked while typing (GB 32100-2015), beside the field, in the
   page's language (the words come from the input's data-msg-* attributes). The same rule as
   shared/Uscc.java; the server checks again on every submit and stays the authority. Every input of
   class uscc-input with a data-check attribute is checked: the finding goes into the element that
   attribute names, and replaces the server's message of the last submit (the element <id>-error). */
(function () {
  'use strict';
  var ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

  function words(input, kind, args) {
    var text = input.getAttribute('data-msg-' + kind) || '';
    return text.replace(/\{(\d)\}/g, function (all, i) { return args[i] === undefined ? all : args[i]; });
  }

  function checkCharacter(first17) {
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    var check = 31 - sum % 31;
    return ALPHABET.charAt(check === 31 ? 0 : check);
  }

  /* The first problem of the typed code, or null; complete tells whether typing has finished. */
  function problem(input, typed, complete) {
    var value = typed.trim().toUpperCase();
    for (var i = 0; i < value.length; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return words(input, 'character', [value.charAt(i), i + 1]);
      }
    }
    if (value.length > 18 || (complete && value.length > 0 && value.length !== 18)) {
      return words(input, 'length', [value.length]);
    }
    if (!/^\d*$/.test(value.substring(2, 8))) {
      return words(input, 'division', []);
    }
    if (value.length === 18) {
      var expected = checkCharacter(value.substring(0, 17));
      if (value.charAt(17) !== expected) {
        return words(input, 'check', [value.charAt(17), expected]);
      }
    }
    return null;
  }

  function show(input, complete) {
    var out = document.getElementById(input.getAttribute('data-check'));
    var fromServer = document.getElementById(input.id + '-error');
    var message = problem(input, input.value, complete);
    if (fromServer) {
      // the check while typing replaces the last submit's message
      fromServer.hidden = true;
    }
    if (message) {
      out.textContent = message;
      out.className = 'field-error';
      out.hidden = false;
      input.classList.add('is-invalid');
    } else if (input.value.trim().length === 18) {
      out.textContent = input.getAttribute('data-msg-ok');
      out.className = 'field-ok';
      out.hidden = false;
      input.classList.remove('is-invalid');
    } else {
      out.hidden = true;
      input.classList.remove('is-invalid');
    }
  }

  function watch(input) {
    if (!document.getElementById(input.getAttribute('data-check'))) {
      return;
    }
    input.addEventListener('input', function () { show(input, false); });
    input.addEventListener('blur', function (event) {
      // only on the way to another field: a message appearing while a button is pressed would move the
      // button away under the pointer and swallow the click (the server checks what is sent anyway)
      var next = event.relatedTarget;
      if (input.value.trim() && next && next.tagName !== 'BUTTON') {
        show(input, true);
      }
    });
  }

  function start() {
    var inputs = document.querySelectorAll('input.uscc-input[data-check]');
    for (var i = 0; i < inputs.length; i++) {
      watch(inputs[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
