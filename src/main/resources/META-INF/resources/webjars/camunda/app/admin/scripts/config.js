// Kurul: Admin in Turkish, Kurul's name in the header.
// The original of this file is camunda-webapp-webjar 7.24.0 app/admin/scripts/config.js.
export default {
  app: {
    name: 'Yönetim',
    vendor: 'Kurul'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['tr', 'en'],
    fallbackLocale: 'tr'
  }
};
