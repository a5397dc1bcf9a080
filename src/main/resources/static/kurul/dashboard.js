// Kurul's compliance dashboard: reads GET /api/reports/compliance (the webapp session is enough) and draws it.
// Every label is Turkish; numbers carry data-kpi attributes so tests can read them.
(function () {
  'use strict';

  var state = { year: null, plateCode: null };
  var charts = [];

  function $(id) { return document.getElementById(id); }

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.status === 401) {
        throw new Error('Oturum açmanız gerekir: önce Kurul İzleme uygulamasına giriş yapın (/camunda/app/cockpit/).');
      }
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body && body.message ? body.message : 'Pano yüklenemedi (' + r.status + ').');
        }
        return body;
      });
    });
  }

  function show(message) {
    var box = $('message');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function row(label, value, kpi, cls) {
    return '<div class="row"><span>' + esc(label) + ':</span> <strong class="' + (cls || '') + '" data-kpi="' + kpi + '">'
      + esc(value) + '</strong></div>';
  }

  function cards(scope, s) {
    return ''
      + '<div class="card"><h4>Toplantılar (md. 7)</h4>'
      + row('Dönemi içinde yapılan', s.meetings.heldInWindow, scope + '.meetings.heldInWindow', 'good')
      + row('Geç yapılan', s.meetings.heldLate, scope + '.meetings.heldLate', 'warn')
      + row('Süresi geçti, yapılmadı', s.meetings.overdue, scope + '.meetings.overdue', 'bad')
      + row('Bekleniyor', s.meetings.upcoming, scope + '.meetings.upcoming', 'muted')
      + row('İptal edildi (md. 11/3)', s.meetings.cancelled, scope + '.meetings.cancelled', 'muted') + '</div>'
      + '<div class="card"><h4>Gündem önerileri (md. 10/2)</h4>'
      + row('Zamanında', s.proposals.onTime, scope + '.proposals.onTime', 'good')
      + row('Geç ya da gelmedi', s.proposals.late, scope + '.proposals.late', 'bad') + '</div>'
      + '<div class="card"><h4>Tutanak dağıtımı, 15 gün (md. 12/2)</h4>'
      + row('Zamanında', s.minutes.onTime, scope + '.minutes.onTime', 'good')
      + row('Geç', s.minutes.late, scope + '.minutes.late', 'warn')
      + row('Süresi geçti', s.minutes.overdue, scope + '.minutes.overdue', 'bad')
      + row('Süresi dolmadı', s.minutes.pending, scope + '.minutes.pending', 'muted') + '</div>'
      + '<div class="card"><h4>Platform girişi, ay sonu (md. 12/3)</h4>'
      + row('Zamanında', s.platform.onTime, scope + '.platform.onTime', 'good')
      + row('Geç', s.platform.late, scope + '.platform.late', 'warn')
      + row('Süresi geçti', s.platform.overdue, scope + '.platform.overdue', 'bad')
      + row('Süresi dolmadı', s.platform.pending, scope + '.platform.pending', 'muted') + '</div>'
      + '<div class="card"><h4>Kararlar, kurum başına (md. 5/5, 5/6)</h4>'
      + row('Açık', s.decisions.open, scope + '.decisions.open', 'muted')
      + row('Gecikmiş', s.decisions.overdue, scope + '.decisions.overdue', 'bad')
      + row('Tamamlandı', s.decisions.done, scope + '.decisions.done', 'good') + '</div>';
  }

  function slash() {
    return Array.prototype.slice.call(arguments).join(' / ');
  }

  function chart(id, categories, series) {
    if (typeof echarts === 'undefined') {
      $(id).textContent = 'Grafik kitaplığı yüklenemedi.';
      return;
    }
    var c = echarts.init($(id));
    charts.push(c);
    c.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 4 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories, inverse: true },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'toplam', data: s.data, itemStyle: { color: s.color } };
      })
    });
  }

  function yearParam() {
    return state.year ? '?year=' + state.year : '';
  }

  function years(current) {
    state.year = current;
    var select = $('year');
    if (select.options.length === 0) {
      for (var y = current + 1; y >= Math.min(2023, current); y--) {
        var option = document.createElement('option');
        option.value = y;
        option.textContent = y;
        select.appendChild(option);
      }
    }
    select.value = String(current);
  }

  function disposeCharts() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
  }

  function loadNational() {
    show('');
    return get('/api/reports/compliance' + yearParam()).then(function (report) {
      $('asOf').textContent = report.asOfText;
      years(report.year);
      $('province').hidden = true;
      $('national').hidden = false;
      disposeCharts();
      $('nationalCards').innerHTML = cards('national', report.national);
      var body = $('provinceTable').querySelector('tbody');
      body.innerHTML = report.provinces.map(function (p) {
        var s = p.summary;
        return '<tr class="clickable" data-plate="' + p.plateCode + '"><td><a href="#il-' + p.plateCode + '">' + esc(p.name) + '</a></td>'
          + '<td>' + slash(s.meetings.heldInWindow, s.meetings.heldLate, s.meetings.overdue, s.meetings.upcoming, s.meetings.cancelled) + '</td>'
          + '<td>' + slash(s.proposals.onTime, s.proposals.late) + '</td>'
          + '<td>' + slash(s.minutes.onTime, s.minutes.late, s.minutes.overdue) + '</td>'
          + '<td>' + slash(s.platform.onTime, s.platform.late, s.platform.overdue) + '</td>'
          + '<td>' + slash(s.decisions.open, s.decisions.overdue, s.decisions.done) + '</td></tr>';
      }).join('') || '<tr><td colspan="6">Bu yıl için kayıtlı toplantı yok.</td></tr>';
      Array.prototype.forEach.call(body.querySelectorAll('tr[data-plate]'), function (tr) {
        tr.addEventListener('click', function (e) {
          e.preventDefault();
          location.hash = 'il-' + tr.getAttribute('data-plate');
        });
      });
      var names = report.provinces.map(function (p) { return p.name; });
      chart('meetingsChart', names, [
        { name: 'Dönemi içinde', color: '#1b7a3a', data: report.provinces.map(function (p) { return p.summary.meetings.heldInWindow; }) },
        { name: 'Geç', color: '#e87722', data: report.provinces.map(function (p) { return p.summary.meetings.heldLate; }) },
        { name: 'Yapılmadı', color: '#b00020', data: report.provinces.map(function (p) { return p.summary.meetings.overdue; }) },
        { name: 'Bekleniyor', color: '#9aa5b1', data: report.provinces.map(function (p) { return p.summary.meetings.upcoming; }) },
        { name: 'İptal edildi', color: '#4a5561', data: report.provinces.map(function (p) { return p.summary.meetings.cancelled; }) }
      ]);
      chart('decisionsChart', names, [
        { name: 'Tamamlandı', color: '#1b7a3a', data: report.provinces.map(function (p) { return p.summary.decisions.done; }) },
        { name: 'Açık', color: '#9aa5b1', data: report.provinces.map(function (p) { return p.summary.decisions.open; }) },
        { name: 'Gecikmiş', color: '#b00020', data: report.provinces.map(function (p) { return p.summary.decisions.overdue; }) }
      ]);
      // a province's own manager sees one province: straight to it; a national manager stays on the national view
      $('backToNational').hidden = !report.allProvinces;
      if (!report.allProvinces && report.provinces.length === 1 && !state.plateCode) {
        location.hash = 'il-' + report.provinces[0].plateCode;
      }
      document.body.setAttribute('data-loaded', 'national');
    });
  }

  function loadProvince(plateCode) {
    show('');
    return get('/api/reports/compliance/' + plateCode + yearParam()).then(function (report) {
      $('asOf').textContent = report.asOfText;
      years(report.year);
      $('national').hidden = true;
      $('province').hidden = false;
      disposeCharts();
      $('provinceName').textContent = report.name + ' — ' + report.year;
      $('provinceCards').innerHTML = cards('province', report.summary);
      $('meetingTable').querySelector('tbody').innerHTML = report.meetings.map(function (m) {
        return '<tr data-meeting="' + esc(m.meetingKey) + '"><td>' + esc(m.title) + '</td><td>' + esc(m.kind) + '</td><td>'
          + esc(m.window) + '</td><td>' + esc(m.meetingDate) + '</td><td data-kpi="meeting.stage">' + esc(m.stage) + '</td><td>'
          + esc(m.held) + (m.note ? '<br><small data-kpi="meeting.note">' + esc(m.note) + '</small>' : '') + '</td><td>' + esc(m.minutes) + '</td><td>' + esc(m.platform) + '</td></tr>';
      }).join('') || '<tr><td colspan="8">Bu yıl için kayıtlı toplantı yok.</td></tr>';
      $('institutionTable').querySelector('tbody').innerHTML = report.institutions.map(function (i) {
        return '<tr data-institution="' + esc(i.name) + '"><td>' + esc(i.name) + '</td><td data-kpi="institution.proposalsOnTime">'
          + i.proposalsOnTime + '</td><td>' + i.proposalsLate + '</td><td>' + i.decisionsOpen + '</td><td>' + i.decisionsOverdue
          + '</td><td>' + i.decisionsDone + '</td></tr>';
      }).join('') || '<tr><td colspan="6">Henüz kurum kaydı yok.</td></tr>';
      var withDecisions = report.institutions.filter(function (i) { return i.decisionsOpen + i.decisionsOverdue + i.decisionsDone > 0; });
      $('institutionChart').hidden = withDecisions.length === 0;
      if (withDecisions.length) chart('institutionChart', withDecisions.map(function (i) { return i.name; }), [
        { name: 'Tamamlandı', color: '#1b7a3a', data: withDecisions.map(function (i) { return i.decisionsDone; }) },
        { name: 'Açık', color: '#9aa5b1', data: withDecisions.map(function (i) { return i.decisionsOpen; }) },
        { name: 'Gecikmiş', color: '#b00020', data: withDecisions.map(function (i) { return i.decisionsOverdue; }) }
      ]);
      var plan = report.actionPlan;
      $('actionPlan').innerHTML = !plan.available
        ? '<p class="muted" data-kpi="actionPlan.empty">Eylem planı kayıtları bu kurulumda henüz tutulmuyor.</p>'
        : plan.latestVersion == null
          ? '<p class="muted" data-kpi="actionPlan.empty">Bu il için henüz eylem planı kaydı yok.</p>'
          : row('Son sürüm', plan.latestVersion + ' (' + plan.latestStatus + ')', 'actionPlan.latest')
            + row('Onaylı sürüm', plan.approvedVersion == null ? 'yok' : plan.approvedVersion + (plan.approvedOn ? ' — ' + plan.approvedOn : ''), 'actionPlan.approved')
            + row('Onaylı sürümdeki eylem sayısı', plan.items, 'actionPlan.items')
            + row('Ortalama ilerleme', plan.averageProgress == null ? 'bildirilmedi' : '%' + plan.averageProgress, 'actionPlan.progress');
      document.body.setAttribute('data-loaded', 'province-' + plateCode);
    });
  }

  function route() {
    document.body.removeAttribute('data-loaded');
    var m = /^#il-(\d+)$/.exec(location.hash);
    state.plateCode = m ? Number(m[1]) : null;
    (state.plateCode ? loadProvince(state.plateCode) : loadNational()).catch(function (e) {
      show(e.message);
      document.body.setAttribute('data-loaded', 'error');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // the year: ?year= or, by default, the server's (the engine clock's) current year
    state.year = Number(new URLSearchParams(location.search).get('year')) || null;
    $('year').addEventListener('change', function () {
      state.year = Number($('year').value);
      route();
    });
    $('backToNational').addEventListener('click', function () { location.hash = ''; });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    route();
    // R7.3, R8.4: "Olağanüstü toplantı" for those who may call one (the presidency's managers: "Başkanlık talebi")
    get('/api/meetings/extraordinary/options').then(function (options) {
      $('callLink').hidden = !(options.provinces && options.provinces.length);
    }).catch(function () {});
  });
})();
