// A controlled React 19 form with the binding entry
// (shanfang-validator/binding), as the package README's React section says:
// state starts from readDraft(); attach once on mount with the portal's own
// names (a function, list items included); after every render that changed
// values, binding.refresh() (values set by code fire no event); the report
// comes from the `shanfang-report` event.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import init, { attach, readDraft } from 'shanfang-validator/binding';
import { COUNTIES, FLAGS, SAMPLE, TEXT_FIELDS, portalName, valuesOf } from '../shared/sample.js';

const DRAFT = 'react-example-draft';

function App() {
  const formRef = useRef(null);
  const binding = useRef(null);
  const [values, setValues] = useState(() => valuesOf(readDraft(DRAFT)));
  const [report, setReport] = useState(null);
  const [renders, setRenders] = useState(0);

  useEffect(() => {
    const form = formRef.current;
    const onReport = (e) => setReport(e.detail.report);
    form.addEventListener('shanfang-report', onReport);
    const b = attach(form, { fields: portalName, draft: DRAFT, summary: 'errors', lang: 'zh' });
    binding.current = b;
    return () => {
      b.detach();
      binding.current = null;
      form.removeEventListener('shanfang-report', onReport);
    };
  }, []);
  useEffect(() => {
    binding.current?.refresh();
  }, [values]);

  const set = (path, value) => setValues((v) => ({ ...v, [path]: value }));
  const setSteward = (i, key, value) =>
    setValues((v) => ({ ...v, stewards: v.stewards.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));

  return (
    <form ref={formRef} noValidate>
      <h1>React 表单</h1>
      {/* No tabindex: the binding makes the summary focusable itself. */}
      <div id="errors" hidden></div>
      <p id="count">{report ? `错误 ${report.errors} 项，建议 ${report.warnings} 项` : '…'}</p>
      <p>
        <button type="button" id="fill" onClick={() => setValues({ ...valuesOf(null), ...SAMPLE, stewards: SAMPLE.stewards.map((s) => ({ ...s })) })}>填入示例</button>{' '}
        <button type="button" id="rerender" onClick={() => setRenders((n) => n + 1)}>重绘（{renders}）</button>
      </p>
      {TEXT_FIELDS.map(([path, label]) => (
        <div data-field={path} key={path}>
          <label htmlFor={portalName(path)}>{label}</label>
          <input id={portalName(path)} name={portalName(path)} value={values[path]} onChange={(e) => set(path, e.target.value)} />
        </div>
      ))}
      <div data-field="workshop.county">
        <label htmlFor="county">县（市、区）</label>
        <select id="county" name={portalName('workshop.county')} value={values['workshop.county']} onChange={(e) => set('workshop.county', e.target.value)}>
          {COUNTIES.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
        </select>
      </div>
      {FLAGS.map(([path, label]) => (
        <div data-field={path} key={path}>
          <label><input type="checkbox" id={portalName(path)} name={portalName(path)} checked={values[path]} onChange={(e) => set(path, e.target.checked)} /> {label}</label>
        </div>
      ))}
      <fieldset data-field="party.stewards">
        <legend>红色管家</legend>
        {values.stewards.map((s, i) => (
          <div className="steward" key={i}>
            <div data-field={`party.stewards[${i}].name`}>
              <label htmlFor={portalName(`party.stewards[${i}].name`)}>姓名 {i + 1}</label>
              <input id={portalName(`party.stewards[${i}].name`)} name={portalName(`party.stewards[${i}].name`)} value={s.name} onChange={(e) => setSteward(i, 'name', e.target.value)} />
            </div>
            <div data-field={`party.stewards[${i}].phone`}>
              <label htmlFor={portalName(`party.stewards[${i}].phone`)}>电话 {i + 1}</label>
              <input id={portalName(`party.stewards[${i}].phone`)} name={portalName(`party.stewards[${i}].phone`)} value={s.phone} onChange={(e) => setSteward(i, 'phone', e.target.value)} />
            </div>
          </div>
        ))}
        <button type="button" id="add-steward" onClick={() => setValues((v) => ({ ...v, stewards: [...v.stewards, { name: '', phone: '' }] }))}>添加管家</button>
      </fieldset>
      <button type="submit">提交</button>
    </form>
  );
}

init().then(() => {
  createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
});
