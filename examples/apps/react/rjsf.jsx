// The canonical filing's JSON Schema (the package's ./schema/canonical) as
// a form with react-jsonschema-form and its Ajv 8 validator: every field
// titled, one input per field; the validator's own report beside it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import canonicalSchema from 'shanfang-validator/schema/canonical';
// The core entry: validating only, no form binding (a third of the bytes).
import init, { validate } from 'shanfang-validator/core';

function App() {
  const [report, setReport] = useState(null);
  return (
    <>
      <Form
        schema={canonicalSchema}
        validator={validator}
        onChange={({ formData }) => setReport(validate(formData || {}))}
        onSubmit={({ formData }) => setReport(validate(formData))}
      />
      <p id="report">{report ? `错误 ${report.errors} 项` : ''}</p>
    </>
  );
}

init().then(() => createRoot(document.getElementById('root')).render(<App />));
