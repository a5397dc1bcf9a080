// Kurul: "Tutanağı e-İmza ile imzala" (R12.2). The signatory downloads the minutes version handed out to sign, signs it
// with their own qualified e-signature tool (PAdES) and uploads it; the server checks the signature and completes the
// signatory's signing task. Every refusal is the server's Turkish message, shown beside the file field.
/* global Registry, document, window, FormData */
(function qualifiedSigningPage() {
  'use strict';
  var R = Registry;
  var key = new URLSearchParams(window.location.search).get('toplanti') || '';

  function load() {
    if (!key) {
      R.say('Hangi toplantının tutanağı? Bu sayfayı "Tutanağı imzalayın" görevindeki bağlantıdan açın.', true);
      return Promise.resolve();
    }
    return R.get('/api/meetings/' + encodeURIComponent(key) + '/minutes/signing').then(function (view) {
      R.$('meetingTitle').textContent = view.meetingTitle + ' — tutanak sürümü ' + view.versionNo;
      R.$('progress').textContent = 'İmzalayan: ' + view.signed + ' / ' + view.signatories;
      R.$('signatories').innerHTML = view.rows.map(function (r) {
        return '<tr><td>' + R.esc(r.name) + '</td><td>' + R.esc(r.title) + '</td><td>' + R.esc(r.institution)
          + '</td><td>' + R.esc(r.status) + '</td></tr>';
      }).join('');
      R.$('toSign').href = view.toSignPdfUrl;
      R.$('minutes').hidden = false;
      R.$('uploadForm').hidden = !view.mayUpload;
      if (!view.mayUpload) {
        R.say('Bu tutanak için açık bir imza göreviniz yok: imzanız alınmış ya da imzacılar arasında değilsiniz.', false);
      }
    }, function (e) { R.say(e.message, true); });
  }

  function upload(event) {
    event.preventDefault();
    var mapping = { file: 'fileError', dissentNote: 'dissentError' };
    var file = R.$('file').files[0];
    if (!file) {
      R.refusals({ fields: { file: 'E-imzalı PDF dosyasını seçin.' } }, mapping, 'formError');
      return;
    }
    var data = new FormData();
    data.append('file', file);
    data.append('dissentNote', R.$('dissentNote').value);
    R.$('submit').disabled = true;
    R.send('POST', '/api/meetings/' + encodeURIComponent(key) + '/minutes/signed-pdf', data).then(function (accepted) {
      Object.keys(mapping).forEach(function (f) { R.clear(mapping[f]); });
      R.clear('formError');
      return load().then(function () {
        R.say('İmzanız doğrulandı ve kaydedildi (' + accepted.certificateName + '). "Tutanağı imzalayın" göreviniz tamamlandı.', false);
      });
    }, function (failure) {
      R.refusals(failure, mapping, 'formError');
    }).then(function () { R.$('submit').disabled = false; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    R.$('uploadForm').addEventListener('submit', upload);
    load();
  });
}());
