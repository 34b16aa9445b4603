// Loads each gateway's schema through the standard introspection query, then parses and validates every
// document of a JSON fixture with graphql-js. A document is valid when one of the gateways accepts it.
// usage: node validate-documents.mjs DOCUMENTS_JSON GATEWAY_URL [GATEWAY_URL...]
// Prints one line per invalid document and closes with "valid N/M"; exit code 0 only when all are valid.
import { readFile } from 'node:fs/promises';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const [documentsPath, ...gateways] = process.argv.slice(2);
if (!documentsPath || gateways.length === 0) {
  console.error('usage: node validate-documents.mjs DOCUMENTS_JSON GATEWAY_URL [GATEWAY_URL...]');
  process.exit(2);
}

async function loadSchema(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }) }),
  });
  const body = await response.json();
  if (!body.data) {
    throw new Error(`introspection failed at ${url}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return buildClientSchema(body.data);
}

const schemas = await Promise.all(gateways.map(loadSchema));
const documents = JSON.parse(await readFile(documentsPath, 'utf8'));
let valid = 0;
for (const document of documents) {
  let reasons;
  try {
    const ast = parse(document.query);
    const perSchema = schemas.map((schema) => validate(schema, ast));
    reasons = perSchema.some((errors) => errors.length === 0) ? [] : perSchema.flat();
  } catch (error) {
    reasons = [error];
  }
  if (reasons.length === 0) {
    valid++;
  } else {
    console.log(`invalid ${document.source}/${document.name}: ${reasons.map((r) => r.message).join(' | ')}`);
  }
}
console.log(`valid ${valid}/${documents.length}`);
process.exit(valid === documents.length ? 0 : 1);
