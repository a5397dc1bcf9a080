// Kurul: the password page. With a one-time link (#t=<token>, a fragment: it never reaches a server log) it sets the
// password (POST /api/password/set); without one it asks for a new link ("Parolamı unuttum", POST /api/password/forgot).
// Every message comes from the server in Turkish and is shown beside its field.
/* global window, document, fetch */
(function passwordPage() {
  const fragment = new window.URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('t');
  if (token) {
    // the token stays in this page's memory only: out of the address bar, the history and any bookmark
    window.history.replaceState(null, '', window.location.pathname);
  }
  const show = (id, on) => { document.getElementById(id).hidden = !on; };
  show(token ? 'setSection' : 'forgotSection', true);

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('input').forEach((input) => input.removeAttribute('aria-invalid'));
  }

  function showError(field, message) {
    const target = document.getElementById(field + 'Error') || document.getElementById('tokenError');
    target.textContent = message;
    target.hidden = false;
    const input = document.getElementById(field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  async function post(form, path, body, fallbackField, onSuccess) {
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'omit',
        body: JSON.stringify(body)
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        onSuccess(answer.message);
        return;
      }
      const fields = answer.fields || {};
      const names = Object.keys(fields);
      if (names.length) {
        names.forEach((name) => showError(name, fields[name]));
      } else {
        showError(fallbackField, answer.message || 'İstek tamamlanamadı; biraz sonra yeniden deneyin.');
      }
    } catch (e) {
      showError(fallbackField, 'Sunucuya ulaşılamadı; bağlantınızı denetleyip yeniden deneyin.');
    } finally {
      button.disabled = false;
    }
  }

  function done(message) {
    const box = document.getElementById('done');
    box.textContent = message;
    box.hidden = false;
    box.focus();
  }

  document.getElementById('setForm').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    post(form, '/api/password/set', {
      token,
      password: form.password.value,
      passwordRepeat: form.passwordRepeat.value
    }, 'password', (message) => {
      show('setSection', false);
      done(message);
    });
  });

  document.getElementById('forgotForm').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    post(form, '/api/password/forgot', { login: form.login.value }, 'login', (message) => {
      show('forgotSection', false);
      done(message);
    });
  });

  document.getElementById('forgotLink').addEventListener('click', (event) => {
    event.preventDefault();
    show('setSection', false);
    show('done', false);
    show('forgotSection', true);
    document.getElementById('login').focus();
  });
})();
