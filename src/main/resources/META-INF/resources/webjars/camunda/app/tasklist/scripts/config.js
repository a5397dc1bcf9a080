// Kurul: Tasklist in Turkish (tr.json beside this file's locales/), Kurul's name in the header.
// The original of this file is camunda-webapp-webjar 7.24.0 app/tasklist/scripts/config.js.
export default {
  app: {
    name: 'Görevlerim',
    vendor: 'Kurul'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Turkish whatever the browser's language (Camunda picks the browser's language when it is available; add 'en'
  // here to let English browsers have English)
  locales: {
    availableLocales: ['tr'],
    fallbackLocale: 'tr'
  },
  // scripts/kurul-tasklist.js: Turkish dates (GG.AA.YYYY) and form messages, only permitted days, claim on opening,
  // confirmation after completing, refusals beside the field
  customScripts: ['scripts/kurul-tasklist'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'seçili görevi üstlenir'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'listedeki ilk filtreye gider'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'listedeki ilk göreve gider'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'görev formundaki ilk alana gider'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'süreç başlatma penceresini açar'
    }
  }
};
