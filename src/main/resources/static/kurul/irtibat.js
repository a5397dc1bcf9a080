// "İrtibat görevlileri": a province's liaison list for a year (R6.3: a principal and a substitute per institution;
// R6.4: branch-manager level, a warning; R6.5: yearly, the latest earlier list in force until then). The province's
// secretariat (or an administrator) picks each slot from the institution's people and saves the row; "Geçen yılın
// listesini kopyala" fills the empty slots from last year's list. Warnings and refusals stand on the row. A filled
// template is uploaded, previewed row by row (with the logins it would give) and stored only on "Onayla ve kaydet".
(function () {
  'use strict';
  var R = Registry;
  var state = { plateCode: null, year: null, me: null, people: [], logins: {} };

  function onProvince(plateCode, me) {
    state.plateCode = plateCode;
    state.me = me;
    var select = R.$('year');
    if (!select.options.length) {
      var now = Number(String(me.today).substring(0, 4));
      for (var y = now - 1; y <= now + 2; y++) {
        select.insertAdjacentHTML('beforeend', '<option value="' + y + '">' + y + '</option>');
      }
      var wanted = new URLSearchParams(location.search).get('yil');
      select.value = wanted && Number(wanted) >= 2000 ? wanted : String(now);
      if (select.value !== wanted && wanted) {
        select.insertAdjacentHTML('beforeend', '<option value="' + wanted + '">' + R.esc(wanted) + '</option>');
        select.value = wanted;
      }
    }
    return load();
  }

  function load() {
    state.year = Number(R.$('year').value);
    R.$('sheetTitle').textContent = state.year + ' irtibat görevlileri listesi';
    var download = R.$('download');
    download.href = '/api/liaison-officers/sheet.xlsx?province=' + state.plateCode + '&year=' + state.year;
    return Promise.all([
      R.get('/api/liaison-officers/sheet?province=' + state.plateCode + '&year=' + state.year),
      R.get('/api/people?province=' + state.plateCode),
      R.loginStates(state.plateCode)
    ]).then(function (all) {
      state.people = all[1];
      state.logins = all[2];
      render(all[0]);
      return changes();
    }).catch(function (e) { R.say(e.message, true); });
  }

  function changes() {
    return R.changes('changesTable', '/api/liaison-officers/history?province=' + state.plateCode + '&year=' + state.year);
  }

  function options(row, current) {
    var list = state.people.filter(function (p) { return p.institutionId === row.institutionId; });
    return '<option value="">— Seçilmedi —</option>' + list.map(function (p) {
      return '<option value="' + p.id + '"' + (current && current.personId === p.id ? ' selected' : '') + '>'
        + R.esc(p.firstName + ' ' + p.lastName + (p.title ? ' — ' + p.title : '')) + '</option>';
    }).join('');
  }

  /** A slot's contact line under the name: only what is known, joined by " · ". */
  function contacts(parts) {
    var known = parts.filter(function (p) { return p; });
    return known.length ? '<br><span class="hint">' + known.map(R.esc).join(' · ') + '</span>' : '';
  }

  /** The slot's login, where it stands with its password, and the invitation for an officer who did not get or lost the mail. */
  function login(current, key) {
    var person = state.people.filter(function (p) { return p.id === current.personId; })[0];
    if (!person || !person.username) {
      return '';
    }
    return '<br><span class="hint">Kullanıcı adı: ' + R.esc(person.username) + '</span><br>'
      + R.inviteButton(current.personId, current.personName, key, state.logins[current.personId]);
  }

  function cell(row, role, current) {
    var id = role + '-' + row.institutionId;
    var label = (role === 'PRINCIPAL' ? 'Asil' : 'Yedek') + ' — ' + row.institutionName;
    if (!row.editable) {
      return current ? R.esc(current.personName) + contacts([current.title, current.phone, current.email])
        : '<span class="status-missing">Yok</span>';
    }
    return '<label class="visually-hidden" for="' + id + '">' + R.esc(label) + '</label>'
      + '<select id="' + id + '" data-role="' + role + '" aria-describedby="' + id + '-error">' + options(row, current) + '</select>'
      + (current ? contacts([current.phone, current.email]) + login(current, id) : '')
      + '<p class="error" id="' + id + '-error" hidden></p>';
  }

  function render(sheet) {
    var editable = sheet.some(function (r) { return r.editable; });
    R.$('copy').hidden = !editable;
    R.$('uploadForm').hidden = !editable;
    R.$('download').hidden = false;
    R.$('sheet').tBodies[0].innerHTML = sheet.map(function (row) {
      return '<tr data-institution="' + row.institutionId + '"><th scope="row">' + R.esc(row.institutionName) + '</th><td>'
        + cell(row, 'PRINCIPAL', row.principal) + '</td><td>' + cell(row, 'SUBSTITUTE', row.substitute) + '</td><td class="warning">'
        + (row.warnings.length ? '<ul>' + row.warnings.map(function (w) { return '<li>' + R.esc(w) + '</li>'; }).join('') + '</ul>'
          : '<span class="status-ok">Tamam</span>')
        + '</td><td>' + (row.editable ? '<button type="button" class="save" data-institution="' + row.institutionId
          + '" aria-label="Kaydet: ' + R.esc(row.institutionName) + '">Kaydet</button>' : '') + '</td></tr>';
    }).join('');
  }

  function save(button) {
    var institutionId = Number(button.getAttribute('data-institution'));
    var tr = button.closest('tr');
    var calls = [];
    ['PRINCIPAL', 'SUBSTITUTE'].forEach(function (role) {
      var select = tr.querySelector('select[data-role="' + role + '"]');
      R.clear(select.id + '-error');
      if (select.value) {
        calls.push({ role: role, select: select });
      }
    });
    var chain = Promise.resolve();
    var failed = false;
    calls.forEach(function (c) {
      chain = chain.then(function () {
        if (failed) {
          return null;
        }
        return R.send('PUT', '/api/liaison-officers', {
          institutionId: institutionId, year: state.year, role: c.role, personId: Number(c.select.value)
        }).catch(function (e) {
          failed = true;
          R.refusals(e, { personId: c.select.id + '-error', role: c.select.id + '-error' }, c.select.id + '-error');
        });
      });
    });
    chain.then(function () {
      if (!failed) {
        var name = tr.querySelector('th').textContent;
        load().then(function () {
          R.say(name + ': ' + state.year + ' irtibat görevlileri kaydedildi.', false);
          var again = document.querySelector('button.save[data-institution="' + institutionId + '"]');
          if (again) {
            again.focus();
          }
        });
      }
    });
  }

  function copy() {
    R.clear('copyError');
    R.send('POST', '/api/liaison-officers/copy', { province: state.plateCode, year: state.year }).then(function (result) {
      render(result.sheet);
      return changes().then(function () {
        R.say('Önceki yılın listesinden ' + result.copied + ' görevli kopyalandı (boş yerlere); şimdi düzenleyebilirsiniz.', false);
      });
    }).catch(function (e) { R.refusals(e, {}, 'copyError'); });
  }

  function upload(confirm) {
    R.clear('fileError');
    var file = R.$('file').files[0];
    if (!file) {
      R.show('fileError', 'Yüklenecek dosyayı seçin.');
      return;
    }
    var data = new FormData();
    data.append('file', file);
    R.send('POST', '/api/liaison-officers/upload?province=' + state.plateCode + '&year=' + state.year + '&confirm=' + confirm, data)
      .then(function (preview) {
        var table = R.$('preview');
        table.hidden = false;
        R.$('previewTitle').textContent = preview.stored
          ? 'Kaydedildi: ' + preview.rowCount + ' satır'
          : 'Önizleme: ' + preview.rowCount + ' satır, ' + preview.errorCount + ' hatalı satır';
        table.tBodies[0].innerHTML = preview.rows.map(function (r) {
          return '<tr><td>' + r.line + '</td><td>' + R.esc(r.institution) + '</td><td>' + R.esc(r.role) + '</td><td>'
            + R.esc(r.name) + '</td><td>' + (r.errors.length
              ? '<ul class="error-list">' + r.errors.map(function (e) { return '<li class="status-missing">' + R.esc(e) + '</li>'; }).join('') + '</ul>'
              : '<span class="' + (r.withoutLogin ? 'warning' : 'status-ok') + '">' + R.esc(r.action) + '</span>') + '</td></tr>';
        }).join('');
        R.$('confirm').hidden = preview.stored || preview.errorCount > 0 || preview.rowCount === 0;
        if (preview.stored) {
          return load().then(function () { R.say('Tablo kaydedildi: ' + preview.rowCount + ' irtibat görevlisi.', false); });
        }
        R.say(preview.errorCount > 0
          ? 'Dosyada ' + preview.errorCount + ' hatalı satır var: hiçbir şey kaydedilmedi. Düzeltip yeniden yükleyin.'
          : 'Dosya doğru. Kaydetmek için "Onayla ve kaydet" düğmesine basın.', preview.errorCount > 0);
        return null;
      }).catch(function (e) { R.refusals(e, { file: 'fileError' }, 'fileError'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    R.$('uploadForm').addEventListener('submit', function (e) {
      e.preventDefault();
      upload(false);
    });
    R.$('confirm').addEventListener('click', function () { upload(true); });
    R.$('year').addEventListener('change', function () {
      var params = new URLSearchParams(location.search);
      params.set('yil', R.$('year').value);
      history.replaceState(null, '', '?' + params.toString());
      R.say('');
      load();
    });
    R.$('copy').addEventListener('click', copy);
    document.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('button.save') : null;
      if (button) {
        save(button);
      }
    });
    R.provincePicker(onProvince);
  });
}());
