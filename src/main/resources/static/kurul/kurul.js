// "Kurul ve üyeler": a board's chair, members, deputies, the Kaymakams of larger districts (R4.2, derived), secretariat,
// invited participants; its secretariat (or an administrator) adds a person of its province (POST /api/people), with a
// login if a user name is given (the person is mailed a link to set the password), gives a seat (POST …/members),
// changes a seat from a day (POST …/replacement), re-sends a login's password invitation
// (POST /api/people/{id}/password-invitation) and the foreign population figure (PUT /api/boards/{id}). Every check is
// the API's; its Turkish refusals go beside the field.
(function () {
  'use strict';
  var R = Registry;
  var ROLES = { CHAIR: 'Başkan', MEMBER: 'Üye', DEPUTY: 'Vekil', INVITED: 'Davetli', SECRETARY: 'Sekreterya', CHAIR_OFFICE: 'Başkanlık bürosu' };
  var state = { plateCode: null, me: null, board: null, people: {}, institutions: null, changing: null, opener: null, logins: {},
    passwords: {} };

  function byTurkish(key) {
    return function (a, b) { return String(key(a) || '').localeCompare(String(key(b) || ''), 'tr'); };
  }

  function onProvince(plateCode, me) {
    state.plateCode = plateCode;
    state.me = me;
    R.get('/api/boards?province=' + plateCode).then(function (boards) {
      var select = R.$('board');
      select.innerHTML = boards.map(function (b) {
        return '<option value="' + b.id + '">' + R.esc(b.name) + '</option>';
      }).join('');
      var wanted = new URLSearchParams(location.search).get('kurul');
      if (wanted && boards.some(function (b) { return String(b.id) === wanted; })) {
        select.value = wanted;
      }
      loadBoard(Number(select.value));
    }).catch(function (e) { R.say(e.message, true); });
  }

  function loadBoard(id) {
    closeChange();
    return Promise.all([R.get('/api/boards/' + id), R.get('/api/boards/' + id + '/members?history=true'), people(),
      R.loginStates(state.plateCode)]).then(function (all) {
      state.board = all[0];
      state.passwords = all[3];
      state.logins = {};
      all[2].forEach(function (p) { state.logins[p.id] = p.username; });
      render(all[0], all[1]);
      return R.changes('changesTable', '/api/boards/' + id + '/history');
    }).catch(function (e) { R.say(e.message, true); });
  }

  function render(detail, history) {
    var b = detail.board;
    R.$('boardSection').hidden = false;
    R.$('boardName').textContent = b.name;
    R.$('facts').innerHTML = fact('Sekreterya', detail.secretariat ? detail.secretariat.name : 'Belirlenmemiş')
      + fact('Başkanlık', detail.chairInstitution ? detail.chairInstitution.name : 'Belirlenmemiş')
      + fact('Yabancı nüfus', b.foreignPopulation == null ? 'Girilmemiş'
        : R.number(b.foreignPopulation) + ' (' + R.trDay(b.populationAsOf) + ', ' + (b.populationSource || '') + ')')
      + (b.level === 'DISTRICT' ? fact('Sınır ilçesi (md. 8/1)', b.borderDistrict ? 'Evet' : 'Hayır') : '')
      + fact('Değiştirme yetkisi', detail.editable ? 'Var (kurulun sekreteryası)' : 'Yok — yalnızca görüntüleme');

    var members = detail.members;
    var byId = {};
    members.forEach(function (m) { byId[m.id] = m; });
    var chairs = members.filter(function (m) { return m.role === 'CHAIR'; });
    var regular = members.filter(function (m) { return m.role === 'MEMBER'; }).sort(byTurkish(function (m) { return m.institutionName; }));
    var rows = [];
    chairs.forEach(function (m) { rows.push(m); });
    regular.forEach(function (m) {
      rows.push(m);
      members.filter(function (d) { return d.role === 'DEPUTY' && d.deputyOfId === m.id; }).forEach(function (d) { rows.push(d); });
    });
    members.filter(function (d) { return d.role === 'DEPUTY' && !byId[d.deputyOfId]; }).forEach(function (d) { rows.push(d); });
    R.$('seatTable').tBodies[0].innerHTML = rows.length ? rows.map(function (m) {
      var role = m.role === 'DEPUTY' ? 'Vekil (' + (byId[m.deputyOfId] ? byId[m.deputyOfId].personName : 'asıl üye') + ' yerine)' : ROLES[m.role];
      return '<tr data-membership="' + m.id + '"><td>' + R.esc(role) + '</td><td>' + R.esc(m.institutionName) + '</td><td>'
        + R.esc(m.personName) + '</td><td>' + R.esc(m.title) + '</td><td>' + R.trDay(m.validFrom) + '</td><td>'
        + action(detail, m, role) + '</td></tr>';
    }).join('') : '<tr><td colspan="6">Kayıtlı başkan ya da üye yok.</td></tr>';

    var kaymakams = detail.kaymakamMembers || [];
    R.$('kaymakamTable').hidden = b.level !== 'PROVINCIAL';
    R.$('kaymakamTable').tBodies[0].innerHTML = kaymakams.length ? kaymakams.map(function (k) {
      return '<tr><td>' + R.esc(k.districtName) + '</td><td>' + R.number(k.foreignPopulation) + '</td><td>'
        + R.esc(k.kaymakam || 'Kaymakam kayıtlı değil') + '</td></tr>';
    }).join('') : '<tr><td colspan="3">Yabancı nüfusu 2.000\'i aşan ilçe yok.</td></tr>';

    var staff = members.filter(function (m) { return m.role === 'SECRETARY' || m.role === 'CHAIR_OFFICE'; });
    R.$('staffTable').tBodies[0].innerHTML = staff.length ? staff.map(function (m) {
      return '<tr data-membership="' + m.id + '"><td>' + ROLES[m.role] + '</td><td>' + R.esc(m.institutionName) + '</td><td>'
        + R.esc(m.personName) + '</td><td>' + R.esc(m.title) + '</td><td>' + R.trDay(m.validFrom) + '</td><td>'
        + invite(detail, m) + '</td></tr>';
    }).join('') : '<tr><td colspan="6">Kayıtlı sekreterya görevlisi yok.</td></tr>';

    var invited = members.filter(function (m) { return m.role === 'INVITED'; }).sort(byTurkish(function (m) { return m.institutionName; }));
    R.$('invitedTable').tBodies[0].innerHTML = invited.length ? invited.map(function (m) {
      return '<tr data-membership="' + m.id + '"><td>' + R.esc(m.institutionName) + '</td><td>' + R.esc(m.personName) + '</td><td>'
        + R.esc(m.title) + '</td><td>' + R.trDay(m.validFrom) + '</td><td>' + action(detail, m, 'Davetli') + '</td></tr>';
    }).join('') : '<tr><td colspan="5">Kayıtlı davetli katılımcı yok.</td></tr>';

    var past = history.slice().sort(function (a, c) { return String(c.validFrom || '').localeCompare(String(a.validFrom || '')); });
    R.$('historyTable').tBodies[0].innerHTML = past.map(function (m) {
      return '<tr><td>' + ROLES[m.role] + '</td><td>' + R.esc(m.institutionName) + '</td><td>' + R.esc(m.personName)
        + '</td><td>' + R.trDay(m.validFrom) + '</td><td>' + (m.validTo ? R.trDay(m.validTo) : 'Devam ediyor') + '</td></tr>';
    }).join('');

    R.$('personEditor').hidden = !detail.editable;
    R.$('seatEditor').hidden = !detail.editable;
    if (detail.editable) {
      fillAddForms(regular);
    }

    var form = R.$('populationForm');
    form.hidden = !detail.editable;
    if (detail.editable) {
      R.$('popValue').value = b.foreignPopulation == null ? '' : b.foreignPopulation;
      R.$('popAsOf').value = R.trDay(b.populationAsOf);
      R.$('popSource').value = b.populationSource || '';
    }
  }

  function fact(label, value) {
    return '<dt>' + R.esc(label) + '</dt><dd>' + R.esc(value) + '</dd>';
  }

  function action(detail, m, role) {
    if (!detail.editable) {
      return '';
    }
    return '<button type="button" class="secondary change" data-id="' + m.id + '" aria-label="Değiştir: ' + R.esc(role)
      + ', ' + R.esc(m.institutionName || '') + ', ' + R.esc(m.personName) + '">Değiştir</button>' + invite(detail, m);
  }

  /** A person's login: where it stands with its password, and the invitation (again) (registry.js). */
  function invite(detail, m) {
    return detail.editable && state.logins[m.personId]
      ? R.inviteButton(m.personId, m.personName, m.id, state.passwords[m.personId]) : '';
  }

  function people() {
    if (state.people[state.plateCode]) {
      return Promise.resolve(state.people[state.plateCode]);
    }
    return R.get('/api/people?province=' + state.plateCode).then(function (list) {
      state.people[state.plateCode] = list;
      return list;
    });
  }

  function institutions() {
    if (state.institutions && state.institutions.plateCode === state.plateCode) {
      return Promise.resolve(state.institutions.list);
    }
    return R.get('/api/institutions?province=' + state.plateCode).then(function (list) {
      list.sort(byTurkish(function (i) { return i.name; }));
      state.institutions = { plateCode: state.plateCode, list: list };
      return list;
    });
  }

  function personLabel(p) {
    return p.firstName + ' ' + p.lastName + (p.institutionName ? ' — ' + p.institutionName : '');
  }

  /** "Kişi ekle" and "Kurula görev ekle": the province's institutions and people, the board's current members. */
  function fillAddForms(members, selectPersonId) {
    R.$('seatDeputyOf').innerHTML = '<option value="">— Seçin —</option>' + members.map(function (m) {
      return '<option value="' + m.id + '">' + R.esc(m.personName + ' — ' + (m.institutionName || '')) + '</option>';
    }).join('');
    if (!R.$('seatDate').value) {
      R.$('seatDate').value = R.trDay(state.me.today);
    }
    return Promise.all([institutions(), people()]).then(function (all) {
      var chosen = R.$('personInstitution').value;
      R.$('personInstitution').innerHTML = '<option value="">— Seçin —</option>' + all[0].map(function (i) {
        return '<option value="' + i.id + '">' + R.esc(i.name) + (i.category === 'INVITED' ? ' (davetli kurum)' : '') + '</option>';
      }).join('');
      R.$('personInstitution').value = chosen;
      var wanted = selectPersonId != null ? String(selectPersonId) : R.$('seatPerson').value;
      var list = all[1].slice().sort(byTurkish(function (p) { return p.lastName + ' ' + p.firstName; }));
      R.$('seatPerson').innerHTML = '<option value="">— Seçin —</option>' + list.map(function (p) {
        return '<option value="' + p.id + '">' + R.esc(personLabel(p)) + '</option>';
      }).join('');
      R.$('seatPerson').value = wanted;
    }).catch(function (e) { R.say(e.message, true); });
  }

  var PERSON_FIELDS = { firstName: 'personFirstNameError', lastName: 'personLastNameError', title: 'personTitleError',
    institutionId: 'personInstitutionError', phone: 'personPhoneError', email: 'personEmailError',
    username: 'personUsernameError' };

  function submitPerson(event) {
    event.preventDefault();
    var institutionId = R.$('personInstitution').value;
    if (!institutionId) {
      R.refusals({ fields: { institutionId: 'Kurumu seçin.' } }, PERSON_FIELDS, 'personError');
      return;
    }
    var text = function (id) { var v = R.$(id).value.trim(); return v === '' ? null : v; };
    R.send('POST', '/api/people', {
      firstName: text('personFirstName'), lastName: text('personLastName'), title: text('personTitle'),
      institutionId: Number(institutionId), phone: text('personPhone'), email: text('personEmail'),
      username: text('personUsername'), branchManagerLevel: R.$('personBranch').checked
    }).then(function (added) {
      Object.keys(PERSON_FIELDS).forEach(function (f) { R.clear(PERSON_FIELDS[f]); });
      R.clear('personError');
      ['personFirstName', 'personLastName', 'personTitle', 'personPhone', 'personEmail', 'personUsername'].forEach(function (id) { R.$(id).value = ''; });
      R.$('personBranch').checked = false;
      delete state.people[state.plateCode];
      var regular = state.board.members.filter(function (m) { return m.role === 'MEMBER'; }).sort(byTurkish(function (m) { return m.institutionName; }));
      return fillAddForms(regular, added.id).then(function () {
        R.say('Kişi kaydedildi: ' + added.firstName + ' ' + added.lastName + ' (' + (added.institutionName || '') + ').'
          + (added.username ? ' Kullanıcı adı: ' + added.username + '. Parola belirleme bağlantısı kişinin e-posta adresine gönderilir; bağlantıyı ve parolayı yalnızca kişi görür.' : '')
          + ' Kurulda görev vermek için "Kurula görev ekle" bölümünü kullanın.', false);
        R.$('seatEditor').open = true;
        R.$('seatPerson').focus();
      });
    }).catch(function (e) { R.refusals(e, PERSON_FIELDS, 'personError'); });
  }

  // institutionId is the person's own (the API's default): its refusals go beside the person
  var SEAT_FIELDS = { personId: 'seatPersonError', institutionId: 'seatPersonError', role: 'seatRoleError',
    deputyOfId: 'seatDeputyOfError', validFrom: 'seatDateError' };

  function submitSeat(event) {
    event.preventDefault();
    var personId = R.$('seatPerson').value;
    var role = R.$('seatRole').value;
    var deputyOf = R.$('seatDeputyOf').value;
    var day = R.isoDay(R.$('seatDate').value);
    if (!personId) {
      R.refusals({ fields: { personId: 'Kişiyi seçin.' } }, SEAT_FIELDS, 'seatError');
      return;
    }
    if (role === 'DEPUTY' && !deputyOf) {
      R.refusals({ fields: { deputyOfId: 'Vekilin yerine katılacağı asıl üyeyi seçin.' } }, SEAT_FIELDS, 'seatError');
      return;
    }
    if (!day) {
      R.refusals({ fields: { validFrom: 'Tarihi GG.AA.YYYY biçiminde yazın (ör. 05.01.2027).' } }, SEAT_FIELDS, 'seatError');
      return;
    }
    R.send('POST', '/api/boards/' + state.board.board.id + '/members', {
      personId: Number(personId), role: role, deputyOfId: role === 'DEPUTY' ? Number(deputyOf) : null, validFrom: day
    }).then(function (added) {
      var text = 'Görev kaydedildi: ' + added.personName + ', ' + R.trDay(day) + ' tarihinden itibaren '
        + ROLES[role].toLocaleLowerCase('tr') + '.';
      Object.keys(SEAT_FIELDS).forEach(function (f) { R.clear(SEAT_FIELDS[f]); });
      R.clear('seatError');
      R.$('seatPerson').value = '';
      return loadBoard(state.board.board.id).then(function () {
        R.say(text, false);
        R.$('message').setAttribute('tabindex', '-1');
        R.$('message').focus();
      });
    }).catch(function (e) { R.refusals(e, SEAT_FIELDS, 'seatError'); });
  }

  function openChange(button) {
    var id = Number(button.getAttribute('data-id'));
    var m = state.board.members.filter(function (x) { return x.id === id; })[0];
    state.changing = m;
    state.opener = button;
    var institutionId = m.role === 'CHAIR' ? (state.board.chairInstitution && state.board.chairInstitution.id) : m.institutionId;
    people().then(function (list) {
      var candidates = list.filter(function (p) { return p.institutionId === institutionId && p.id !== m.personId; });
      R.$('changePerson').innerHTML = '<option value="">— Seçin —</option>' + candidates.map(function (p) {
        return '<option value="' + p.id + '">' + R.esc(p.firstName + ' ' + p.lastName + (p.title ? ' — ' + p.title : '')) + '</option>';
      }).join('');
      R.$('changeTitle').textContent = 'Görevi değiştir: ' + ROLES[m.role] + ' — ' + (m.institutionName || '') + ' — şu an ' + m.personName;
      R.$('changeDate').value = R.trDay(state.me.today);
      ['changePersonError', 'changeDateError', 'changeError'].forEach(R.clear);
      R.$('changeSection').hidden = false;
      if (!candidates.length) {
        R.show('changePersonError', 'Bu kurumda kayıtlı başka kimse yok: önce kişiyi bu sayfadaki "Kişi ekle" bölümünden (ya da irtibat görevlileri sayfasından tablo yükleyerek) kaydedin.');
      }
      R.$('changeTitle').focus();
    }).catch(function (e) { R.say(e.message, true); });
  }

  function closeChange() {
    R.$('changeSection').hidden = true;
    state.changing = null;
  }

  function submitChange(event) {
    event.preventDefault();
    var m = state.changing;
    var mapping = { personId: 'changePersonError', validFrom: 'changeDateError' };
    var personId = R.$('changePerson').value;
    var day = R.isoDay(R.$('changeDate').value);
    if (!personId) {
      R.refusals({ fields: { personId: 'Yeni kişiyi seçin.' } }, mapping, 'changeError');
      return;
    }
    if (!day) {
      R.refusals({ fields: { validFrom: 'Tarihi GG.AA.YYYY biçiminde yazın (ör. 05.01.2027).' } }, mapping, 'changeError');
      return;
    }
    R.send('POST', '/api/boards/' + state.board.board.id + '/members/' + m.id + '/replacement',
      { personId: Number(personId), validFrom: day }).then(function (added) {
      var text = 'Değişiklik kaydedildi: ' + added.personName + ', ' + R.trDay(day) + ' tarihinden itibaren '
        + m.personName + ' yerine ' + ROLES[m.role].toLocaleLowerCase('tr') + '.';
      return loadBoard(state.board.board.id).then(function () {
        R.say(text, false);
        R.$('message').setAttribute('tabindex', '-1');
        R.$('message').focus();
      });
    }).catch(function (e) { R.refusals(e, mapping, 'changeError'); });
  }

  function submitPopulation(event) {
    event.preventDefault();
    var mapping = { foreignPopulation: 'popValueError', populationAsOf: 'popAsOfError', populationSource: 'popSourceError' };
    var asOf = R.isoDay(R.$('popAsOf').value);
    if (!asOf) {
      R.refusals({ fields: { populationAsOf: 'Tarihi GG.AA.YYYY biçiminde yazın (ör. 31.12.2026).' } }, mapping, 'popError');
      return;
    }
    var value = R.$('popValue').value;
    R.send('PUT', '/api/boards/' + state.board.board.id, {
      foreignPopulation: value === '' ? null : Number(value), populationAsOf: asOf, populationSource: R.$('popSource').value
    }).then(function () {
      return loadBoard(state.board.board.id).then(function () { R.say('Yabancı nüfus bilgisi kaydedildi.', false); });
    }).catch(function (e) { R.refusals(e, mapping, 'popError'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    R.$('board').addEventListener('change', function () {
      var params = new URLSearchParams(location.search);
      params.set('kurul', R.$('board').value);
      history.replaceState(null, '', '?' + params.toString());
      loadBoard(Number(R.$('board').value));
    });
    document.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('button.change') : null;
      if (button) {
        openChange(button);
      }
    });
    R.$('changeForm').addEventListener('submit', submitChange);
    R.$('changeCancel').addEventListener('click', function () {
      closeChange();
      if (state.opener) {
        state.opener.focus();
      }
    });
    R.$('populationForm').addEventListener('submit', submitPopulation);
    R.$('personForm').addEventListener('submit', submitPerson);
    R.$('seatForm').addEventListener('submit', submitSeat);
    R.$('seatRole').addEventListener('change', function () {
      R.$('seatDeputyOfField').hidden = R.$('seatRole').value !== 'DEPUTY';
    });
    R.provincePicker(onProvince);
  });
}());
