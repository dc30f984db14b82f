// Compiles every schema of the OpenAPI document with Ajv (JSON Schema 2020-12, ECMA-262 regular expressions,
// unicode mode): a pattern written in Java's dialect only fails here. Usage: node check-schemas.mjs openapi.json
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ajv = new Ajv2020({ strict: false, unicodeRegExp: true });
addFormats(ajv);
ajv.addFormat('int32', true).addFormat('int64', true).addFormat('double', true).addFormat('float', true);
ajv.addSchema({ $id: 'https://peach.test/openapi.json', components: doc.components }, 'doc');
let failed = 0;
for (const name of Object.keys(doc.components.schemas)) {
  try {
    ajv.compile({ $ref: `https://peach.test/openapi.json#/components/schemas/${name}` });
  } catch (e) {
    failed++;
    console.log(`schema ${name}: ${e.message}`);
  }
}
console.log(`Ajv compiled ${Object.keys(doc.components.schemas).length - failed} of ${Object.keys(doc.components.schemas).length} schemas`);
process.exit(failed ? 1 : 0);
