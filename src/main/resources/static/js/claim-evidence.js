// Evidence upload: lets a file be dropped on a kind's box, and sends its form at once (also when a
// file is chosen). Without JavaScript each box is a plain form with a file input and a button.
(function () {
  'use strict';
  document.querySelectorAll('form.evidence-form').forEach(function (form) {
    var input = form.querySelector('input[type=file]');
    if (!input) {
      return;
    }
    form.classList.add('drop-enabled');
    var send = function () {
      if (input.files && input.files.length > 0) {
        form.classList.add('sending');
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      }
    };
    ['dragenter', 'dragover'].forEach(function (type) {
      form.addEventListener(type, function (event) {
        event.preventDefault();
        form.classList.add('dragging');
      });
    });
    ['dragleave', 'dragend'].forEach(function (type) {
      form.addEventListener(type, function () {
        form.classList.remove('dragging');
      });
    });
    form.addEventListener('drop', function (event) {
      event.preventDefault();
      form.classList.remove('dragging');
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        send();
      }
    });
    input.addEventListener('change', send);
  });
})();
