export { sayIn, languageOf as checkLanguageOf, type Say } from '../i18n/say'
