import { createApp } from 'vue';
import init from 'shanfang-validator/binding';
import App from './App.vue';

await init();
createApp(App).mount('#app');
