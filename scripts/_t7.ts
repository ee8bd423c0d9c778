import { arabic } from '../lib/lang/ar';
const f = (t: string) => arabic.fold(t).text;
const p = f('ونفى مصدر في الرئاسة السورية لـ«تلفزيون سوريا» أن يكون ');
console.log(JSON.stringify(p), arabic.denialFrame(p));
const t = f('اجتماعاً واحداً على الأقل من الاجتماعات');
const r = arabic.cues.oneMeeting; r.lastIndex = 0;
console.log(JSON.stringify(t), [...t.matchAll(r)].map((m) => m[0]));
console.log(r.source.slice(0, 400));
