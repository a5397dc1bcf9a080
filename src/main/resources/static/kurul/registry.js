// Kurul's registry pages (kurul.html, irtibat.html): what they share. They call Kurul's /api with the
// webapps' session (sign in to Tasklist or Cockpit first); changes carry the session's X-XSRF-TOKEN as the webapps do.
// Every text is Turkish; a refusal is shown beside the field it concerns (ApiError.fields).
/* exported Registry */
var Registry = (function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function ApiFailure(status, body) {
    this.status = status;
    this.message = body && body.message ? body.message : 'İşlem yapılamadı (' + status + ').';
    this.fields = (body && body.fields) || {};
  }

  function answer(r) {
    if (r.status === 401) {
      throw new ApiFailure(401, { message: 'Oturum açmanız gerekir: önce Görevlerim (/camunda/app/tasklist/) uygulamasına giriş yapın.' });
    }
    if (r.status === 204) {
      return null;
    }
    var type = r.headers.get('Content-Type') || '';
    if (type.indexOf('json') < 0) {
      if (!r.ok) {
        throw new ApiFailure(r.status, null);
      }
      return r;
    }
    return r.json().then(function (body) {
      if (!r.ok) {
        throw new ApiFailure(r.status, body);
      }
      return body;
    });
  }

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(answer);
  }

  /** The session's XSRF token (Camunda's cookie is limited to /camunda): Kurul hands it to its own pages. */
  function token() {
    return get('/api/me/xsrf-token').then(function (t) { return t && t.token; }, function () { return null; });
  }

  /** A change: JSON body (an object) or a FormData (a file upload). */
  function send(method, path, body) {
    return token().then(function (xsrf) {
      var headers = { Accept: 'application/json' };
      if (xsrf) {
        headers['X-XSRF-TOKEN'] = xsrf;
      }
      var payload = body;
      if (body != null && !(body instanceof FormData)) {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      return fetch(path, { method: method, credentials: 'same-origin', headers: headers, body: payload }).then(answer);
    });
  }

  /** "05.01.2027" → "2027-01-05"; null if it is not a day written as GG.AA.YYYY. */
  function isoDay(text) {
    var m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text || '');
    if (!m) {
      return null;
    }
    var d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
    if (d.getUTCDate() !== +m[1] || d.getUTCMonth() !== +m[2] - 1) {
      return null;
    }
    return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
  }

  /** "2027-01-05" → "05.01.2027". */
  function trDay(iso) {
    if (!iso) {
      return '';
    }
    var p = String(iso).substring(0, 10).split('-');
    return p[2] + '.' + p[1] + '.' + p[0];
  }

  function number(n) {
    return n == null ? '–' : Number(n).toLocaleString('tr-TR');
  }

  /** Shows a message (role=status for news, role=alert for refusals); empty hides it. */
  function say(text, isError) {
    var box = $('message');
    box.textContent = text || '';
    box.hidden = !text;
    box.className = 'message' + (isError ? ' refusal' : ' news');
    box.setAttribute('role', isError ? 'alert' : 'status');
  }

  /**
   * Puts a refusal's field messages beside the fields: {@code mapping} names the element id (a p.error) for each API
   * field; a refusal without a known field goes to {@code fallbackId}.
   */
  function refusals(failure, mapping, fallbackId) {
    Object.keys(mapping).forEach(function (field) { clear(mapping[field]); });
    clear(fallbackId);
    var shown = false;
    Object.keys(failure.fields || {}).forEach(function (field) {
      var id = mapping[field] || fallbackId;
      show(id, failure.fields[field]);
      shown = true;
    });
    if (!shown) {
      show(fallbackId, failure.message);
    }
  }

  function show(id, text) {
    var p = $(id);
    if (!p) {
      return;
    }
    p.textContent = text;
    p.hidden = false;
    var field = document.querySelector('[aria-describedby~="' + id + '"]');
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }

  function clear(id) {
    var p = $(id);
    if (p) {
      p.textContent = '';
      p.hidden = true;
      var field = document.querySelector('[aria-describedby~="' + id + '"]');
      if (field) {
        field.removeAttribute('aria-invalid');
      }
    }
  }

  /**
   * Fills the province picker: a user sees their province(s); an administrator all 81. Remembers the choice in the
   * address (?il=27) so a link can be shared. Calls {@code onChange(plateCode, me)}.
   */
  function provincePicker(onChange) {
    return get('/api/me').then(function (me) {
      return get('/api/provinces').then(function (all) {
        var visible = me.administrator ? all : all.filter(function (p) { return me.provinces.indexOf(p.plateCode) >= 0; });
        var select = $('province');
        select.innerHTML = visible.map(function (p) {
          return '<option value="' + p.plateCode + '">' + esc(p.name) + '</option>';
        }).join('');
        var asked = Number(new URLSearchParams(location.search).get('il'));
        var own = (me.offices && me.offices[0]) || (visible[0] && visible[0].plateCode);
        var refused = asked && !visible.some(function (p) { return p.plateCode === asked; });
        var wanted = refused ? own : asked || own;
        if (wanted) {
          select.value = String(wanted);
        }
        if (refused) { // another province's registry is not shown, not even its lists' existence
          var params = new URLSearchParams(location.search);
          params.set('il', String(wanted));
          history.replaceState(null, '', '?' + params.toString());
        }
        select.addEventListener('change', function () {
          var params = new URLSearchParams(location.search);
          params.set('il', select.value);
          history.replaceState(null, '', '?' + params.toString());
          onChange(Number(select.value), me);
        });
        if (!visible.length) {
          say('Görebileceğiniz bir il yok.', true);
          return;
        }
        var shown = onChange(Number(select.value), me);
        if (refused) {
          Promise.resolve(shown).then(function () {
            say('İstenen ilin (' + asked + ') kayıtları size açık değil; kendi ilinizin kayıtları gösteriliyor.', true);
          });
        }
      });
    }).catch(function (e) { say(e.message, true); });
  }

  /** The "Değişiklik geçmişi" table: when, who, what (old → new), newest first, from a /history route. */
  function changes(tableId, path) {
    var body = $(tableId).tBodies[0];
    return get(path).then(function (rows) {
      body.innerHTML = rows.length ? rows.map(function (r) {
        return '<tr><td>' + esc(r.when) + '</td><td>' + esc(r.who) + '</td><td>' + esc(r.what) + '</td></tr>';
      }).join('') : '<tr><td colspan="3">Kayıtlı değişiklik yok.</td></tr>';
    }, function (e) {
      body.innerHTML = '<tr><td colspan="3">' + esc(e.message) + '</td></tr>';
    });
  }

  /**
   * "Parola davetini yeniden gönder" for a person with a login ({@code key} makes the answer's id unique on the page);
   * a click on it re-sends the invitation (the handler below) and the answer appears beside it.
   */
  /** Where the logins of a province's people stand with their passwords, by person id; {} for those who may not see it. */
  function loginStates(plateCode) {
    return get('/api/password-invitations?province=' + plateCode).catch(function () { return {}; });
  }

  /**
   * A login's password state and, unless the person has set their password, the button that sends the invitation
   * (again): "Parola davetini yeniden gönder" after an invitation, "Parola daveti gönder" for a login never invited.
   */
  function inviteButton(personId, personName, key, state) {
    var id = 'invite-' + key;
    var line = state ? '<span class="login-state ' + (state.state === 'SET' ? 'status-ok' : state.state === 'EXPIRED'
      ? 'status-missing' : 'hint') + '">' + esc(state.label) + '</span>' : '';
    if (state && state.state === 'SET') {
      return line;
    }
    var text = state ? 'Parola davetini yeniden gönder' : 'Parola daveti gönder';
    return line + '<button type="button" class="secondary invite" data-person="' + personId
      + '" data-result="' + id + '" aria-describedby="' + id + '" aria-label="' + text + ': ' + esc(personName) + '">'
      + text + '</button><span class="invite-result" id="' + id + '" role="status"></span>';
  }

  function resendInvitation(button) {
    var result = $(button.getAttribute('data-result'));
    result.textContent = '';
    result.className = 'invite-result';
    button.disabled = true;
    send('POST', '/api/people/' + button.getAttribute('data-person') + '/password-invitation', null).then(function (answer) {
      result.className = 'invite-result ok';
      result.textContent = answer && answer.message ? answer.message : 'Parola daveti gönderildi.';
    }, function (e) {
      result.className = 'invite-result refused';
      result.textContent = e.fields.username || e.fields.email || e.message;
    }).then(function () { button.disabled = false; button.focus(); });
  }

  // a file picker (.file-picker) says the chosen file's name in Turkish words, not the browser's
  document.addEventListener('change', function (e) {
    var picker = e.target.closest ? e.target.closest('.file-picker') : null;
    var name = picker ? picker.querySelector('.file-name') : null;
    if (name && e.target.type === 'file') {
      name.textContent = e.target.files && e.target.files.length ? e.target.files[0].name : 'Dosya seçilmedi';
    }
  });

  // every page that shows inviteButton()s: one handler for them all
  document.addEventListener('click', function (e) {
    var resend = e.target.closest ? e.target.closest('button.invite') : null;
    if (resend) {
      resendInvitation(resend);
    }
  });

  return {
    inviteButton: inviteButton, loginStates: loginStates,
    changes: changes, $: $, esc: esc, get: get, send: send, isoDay: isoDay, trDay: trDay, number: number, say: say,
    refusals: refusals, clear: clear, show: show, provincePicker: provincePicker
  };
}());
