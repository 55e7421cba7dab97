// react-hook-form with the package's Standard Schema: the resolver gets
// one issue per error (应) with its path; warnings (宜) come from
// filingSchema.report(values), beside it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
// The core entry: validating only, no form binding (a third of the bytes).
import init, { filingSchema } from 'shanfang-validator/core';

// Every error react-hook-form holds, as [path, message] (its errors nest like the filing).
function flatten(errors, prefix = '') {
  const out = [];
  for (const [key, value] of Object.entries(errors || {})) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === 'string') out.push([path, value.message]);
    else out.push(...flatten(value, path));
  }
  return out;
}

function App() {
  const { register, handleSubmit, watch, formState: { errors, submitCount } } = useForm({
    resolver: standardSchemaResolver(filingSchema),
    defaultValues: { workshop: { name: '' }, site: { fire_extinguishers: '' } },
  });
  const [sent, setSent] = useState(null);
  const values = watch();
  const warnings = submitCount > 0 ? filingSchema.report(values).findings.filter((f) => f.level === 'warning') : [];
  const listed = flatten(errors);
  return (
    <form onSubmit={handleSubmit((filing) => setSent(filing))} noValidate>
      <h1>react-hook-form</h1>
      <label>工坊名称 <input {...register('workshop.name')} /></label>
      {errors.workshop?.name && <p id="err-workshop-name">{errors.workshop.name.message}</p>}
      <label>灭火器（个） <input {...register('site.fire_extinguishers')} /></label>
      {errors.site?.fire_extinguishers && <p id="err-fire">{errors.site.fire_extinguishers.message}</p>}
      <button type="submit">提交</button>
      <p id="error-count">{submitCount > 0 ? `错误 ${listed.length} 项` : ''}</p>
      <ul id="errors">{listed.map(([path, message]) => <li key={path} data-path={path}>{message}</li>)}</ul>
      <ul id="warnings">{warnings.map((f) => <li key={f.code + f.field}>{f.message}</li>)}</ul>
      {sent && <p id="sent">已提交</p>}
    </form>
  );
}

init().then(() => createRoot(document.getElementById('root')).render(<App />));
