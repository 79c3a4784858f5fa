/** Client-side checks of the staff forms, with messages that name the field; the server has the last word. */
import type { FormItemRule } from 'element-plus'
import { i18n } from '@/app/i18n'
import { passwordProblems } from './passwords'

export function usernameRules(): FormItemRule[] {
  const t = i18n.global.t
  return [
    { required: true, whitespace: true, message: t('user.rules.usernameRequired'), trigger: 'blur' },
    { pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('platform.create.rules.usernameFormat'), trigger: 'blur' },
  ]
}

export function displayNameRules(): FormItemRule[] {
  return [{ required: true, whitespace: true, message: i18n.global.t('user.rules.displayNameRequired'), trigger: 'blur' }]
}

export function emailRules(): FormItemRule[] {
  return [{ type: 'email', message: i18n.global.t('user.rules.email'), trigger: 'blur' }]
}

export function passwordRules(username: () => string = () => ''): FormItemRule[] {
  const t = i18n.global.t
  return [
    { required: true, message: t('user.rules.passwordRequired'), trigger: 'blur' },
    {
      validator: (_r: unknown, value: string, cb: (e?: Error) => void) => {
        const problems = passwordProblems(value ?? '', username())
        if (problems.includes('length')) cb(new Error(t('password.length')))
        else if (problems.includes('mix')) cb(new Error(t('password.mix')))
        else if (problems.includes('username')) cb(new Error(t('password.notUsername')))
        else cb()
      },
      trigger: 'blur',
    },
  ]
}
