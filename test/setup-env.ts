// Runs in every test worker before the test file: the global setup's variables are inherited;
// this only pins what must hold inside tests.
process.env.NODE_ENV = 'test';
