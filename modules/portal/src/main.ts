// Element Plus' base variables and the components used from script (messages, confirmations, notifications);
// components used in templates bring their own CSS (unplugin-vue-components).
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import '@/shared/styles/base.css'
import { bootstrap } from '@/app/bootstrap'

void bootstrap('#app')
