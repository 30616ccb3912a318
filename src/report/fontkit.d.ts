// fontkit ships without types; src/report/pdf-font.ts says what it uses of it.
declare module 'fontkit';
