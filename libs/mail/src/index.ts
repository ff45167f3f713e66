export * from './mail.module';
export * from './mail.errors';
export * from './mail.service';
export * from './templates/mail-templates';
export * from './preferences/mail-preference.service';
export * from './preferences/mail-preference.model';
export * from './mail.events';
