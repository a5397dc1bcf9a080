// "Politika değerleri" (R15.3): the circular's numbers as data (GET /api/policy-parameters) — each value with the day it
// took effect, the one in force today, earlier and later ones; an administrator changes a value from a date
// (PUT /api/policy-parameters/{name}), everybody else reads. A refusal is shown beside the field.
(function () {
  'use strict';
  var R = Registry;
  var FIELDS = { value: 'changeValueError', effectiveFrom: 'changeFromError', description: 'changeDescriptionError' };
  var state = { administrator: false, today: null, byName: {}, editing: null };

  function inForce(rows) {
    var current = null;
    rows.forEach(function (r) {
      if (r.effectiveFrom <= state.today) {
        current = r;
      }
    });
    return current || rows[0];
  }

  function load() {
    return R.get('/api/policy-parameters').then(function (all) {
      state.byName = {};
      all.forEach(function (p) { (state.byName[p.name] = state.byName[p.name] || []).push(p); });
      var names = Object.keys(state.byName);
      names.forEach(function (n) {
        state.byName[n].sort(function (a, b) { return a.effectiveFrom < b.effectiveFrom ? -1 : 1; });
      });
      names.sort(function (a, b) {
        return String(inForce(state.byName[a]).description || a).localeCompare(String(inForce(state.byName[b]).description || b), 'tr');
      });
      R.$('parametersTitle').textContent = 'Politika değerleri (' + names.length + ')';
      R.$('parameters').tBodies[0].innerHTML = names.map(function (n) {
        var rows = state.byName[n];
        var current = inForce(rows);
        var others = rows.filter(function (r) { return r !== current; }).map(function (r) {
          return R.esc(r.value) + ' (' + (r.effectiveFrom > state.today ? R.trDay(r.effectiveFrom) + ' tarihinden itibaren' : R.trDay(r.effectiveFrom)
            + ' tarihinden') + ')';
        });
        return '<tr data-name="' + R.esc(n) + '"><td><code>' + R.esc(n) + '</code></td><td>' + R.esc(current.description) + '</td><td><strong>'
          + R.esc(current.value) + '</strong></td><td>' + R.trDay(current.effectiveFrom) + '</td><td>' + (others.join('; ') || '–')
          + '</td><td>' + (state.administrator ? '<button type="button" class="secondary change" data-name="' + R.esc(n)
            + '">Değiştir<span class="visually-hidden"> (' + R.esc(n) + ')</span></button>' : '') + '</td></tr>';
      }).join('');
      if (state.editing) {
        showHistory(state.editing);
      }
    }).catch(function (e) { R.say(e.message, true); });
  }

  function showHistory(name) {
    var rows = state.byName[name] || [];
    R.$('historyTitle').textContent = name + ' değer geçmişi';
    R.$('historyTable').tBodies[0].innerHTML = rows.slice().reverse().map(function (r) {
      var when = r.effectiveFrom > state.today ? ' <span class="hint">(ileri tarihli)</span>'
        : (r === inForce(rows) ? ' <span class="hint">(bugün geçerli)</span>' : '');
      return '<tr><td>' + R.trDay(r.effectiveFrom) + when + '</td><td>' + R.esc(r.value) + '</td><td>' + R.esc(r.description) + '</td></tr>';
    }).join('');
  }

  function open(name) {
    state.editing = name;
    var current = inForce(state.byName[name]);
    Object.keys(FIELDS).forEach(function (f) { R.clear(FIELDS[f]); });
    R.clear('changeError');
    R.$('changeTitle').textContent = name + ' — değeri bir tarihten itibaren değiştir';
    R.$('changeValue').value = current.value;
    R.$('changeValueHint').textContent = /^\d+$/.test(String(current.value).trim()) ? 'sıfır ya da pozitif tam sayı' : 'virgülle ayrılmış liste';
    R.$('changeFrom').value = R.trDay(state.today);
    R.$('changeDescription').value = current.description || '';
    showHistory(name);
    R.$('changeSection').hidden = false;
    R.$('changeTitle').focus();
  }

  function save(event) {
    event.preventDefault();
    Object.keys(FIELDS).forEach(function (f) { R.clear(FIELDS[f]); });
    R.clear('changeError');
    var from = R.isoDay(R.$('changeFrom').value);
    if (!from) {
      R.show('changeFromError', 'Geçerlilik başlangıcını GG.AA.YYYY biçiminde yazın.');
      return;
    }
    var name = state.editing;
    var body = { value: R.$('changeValue').value.trim(), effectiveFrom: from, description: R.$('changeDescription').value.trim() || null };
    R.send('PUT', '/api/policy-parameters/' + encodeURIComponent(name), body).then(function (p) {
      return load().then(function () {
        R.say(name + ' değeri ' + R.trDay(p.effectiveFrom) + ' tarihinden itibaren ' + p.value + ' olarak kaydedildi.', false);
      });
    }, function (e) {
      R.refusals(e, FIELDS, 'changeError');
    });
  }

  R.get('/api/me').then(function (me) {
    state.administrator = Boolean(me.administrator);
    state.today = String(me.today);
    R.$('readOnly').hidden = state.administrator;
    return load();
  }).catch(function (e) { R.say(e.message, true); });

  R.$('parameters').addEventListener('click', function (event) {
    var button = event.target.closest('button.change');
    if (button) {
      open(button.getAttribute('data-name'));
    }
  });
  R.$('changeForm').addEventListener('submit', save);
  R.$('changeCancel').addEventListener('click', function () {
    state.editing = null;
    R.$('changeSection').hidden = true;
  });
}());
