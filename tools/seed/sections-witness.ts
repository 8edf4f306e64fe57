import { yearOf } from './dates';
import { FACILITIES } from './places';
import { cap, ev, fac, has, occRu, ruPeople, when, witness, type Section } from './template-kit';
import type { Lx } from './types';
import { personView } from './voice';

/** Testimonies by former detainees, in the first person: their own detention and who they were held with. */

/* ------------------------------------------------------------------------------------------ */
/* Former detainees, in the first person                                                       */
/* ------------------------------------------------------------------------------------------ */

const MANNER_FIRST_PERSON: Record<string, Lx> = {
  night: { en: 'taken from my home at night', ru: 'забрали из дома ночью', kk: 'түнде үйден алып кетті', ug: 'كېچىسى ئۆيدىن ئېلىپ كەتتى' },
  summoned: { en: 'called to the police station and never let go', ru: 'вызвали в полицию и уже не отпустили', kk: 'полицияға шақырып, қайтып жібермеді', ug: 'ساقچىخانىغا چاقىرىپ، قايتا قويۇپ بەرمىدى' },
  work: { en: 'taken straight from work', ru: 'забрали прямо с работы', kk: 'тура жұмыстан алып кетті', ug: 'بىۋاسىتە خىزمەت ئورنىدىن ئېلىپ كەتتى' },
  border: { en: 'detained a few days after I came back from Kazakhstan', ru: 'задержали через несколько дней после возвращения из Казахстана', kk: 'Қазақстаннан қайтып келген соң бірнеше күннен кейін ұстады', ug: 'قازاقىستاندىن قايتىپ كېلىپ بىر نەچچە كۈندىن كېيىن تۇتتى' },
};

const wIntro: Section = {
  id: 'wIntro', order: 10, kind: 'required',
  applies: (c) => witness(c) && c.t.ordinal === 0,
  mentions: (c) => ({ persons: [c.v.p], events: [c.known.moved] }),
  variants: [
    {
      en: (c) => `I was born in ${c.v.p.birthYear} in ${c.v.p.village.en} village, ${c.v.p.home.in.en}, and worked as ${c.v.p.occupation?.en ?? 'a farmer'}. I was held in a camp myself. I came to Kazakhstan ${c.n.moved.phrase.en}.`,
      ru: (c) => `Я ${c.n.r('родился', 'родилась')} в ${c.v.p.birthYear} году в селе ${c.v.p.village.ru} ${c.v.p.home.in.ru}, ${c.n.r('работал')} ${occRu(c.v.p)}. Я ${c.n.r('сам', 'сама')} ${c.n.r('прошёл', 'прошла')} через лагерь. В Казахстан я ${c.n.r('приехал')} ${c.n.moved.phrase.ru}.`,
      kk: (c) => `Мен ${c.v.p.birthYear} жылы ${c.v.p.home.in.kk}, ${c.v.p.village.kk} ауылында тудым, ${c.v.p.occupation?.kk ?? 'диқан'} болып істедім. Өзім де лагерьде отырдым. Қазақстанға ${c.n.moved.phrase.kk} келдім.`,
      ug: (c) => `مەن ${c.v.p.birthYear}-يىلى ${c.v.p.village.ug} كەنتىدە تۇغۇلدۇم، ${c.v.p.occupation?.ug ?? 'دېھقان'} بولۇپ ئىشلىدىم. ئۆزۈممۇ لاگېردا ياتتىم. قازاقىستانغا ${c.n.moved.phrase.ug} كەلدىم.`,
    },
  ],
};

const wPassport: Section = {
  id: 'wPassport', order: 30, kind: 'core',
  applies: (c) => witness(c) && has(c, 'passport'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.passport] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'passport')).en)} the police took my passport "for safekeeping". After that I could not go to my family in Kazakhstan.`,
      ru: (c) => `${cap(when(ev(c, 'passport')).ru)} полиция забрала мой паспорт «на хранение». После этого я уже не ${c.n.r('мог', 'могла')} поехать к семье в Казахстан.`,
      kk: (c) => `${cap(when(ev(c, 'passport')).kk)} полиция паспортымды «сақтауға» алып қойды. Содан кейін Қазақстандағы отбасыма бара алмадым.`,
      ug: (c) => `${when(ev(c, 'passport')).ug} ساقچىلار پاسپورتۇمنى «ساقلاش» ئۈچۈن ئېلىۋالدى. شۇنىڭدىن كېيىن قازاقىستاندىكى ئائىلەمنىڭ يېنىغا بارالمىدىم.`,
    },
  ],
};

const wTravelBan: Section = {
  id: 'wTravelBan', order: 74, kind: 'core',
  applies: (c) => witness(c) && has(c, 'travelBan'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.travelBan] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'travelBan')).en)} I was told I was not allowed to leave the country. It took a long time and many papers before I could go.`,
      ru: (c) => `${cap(when(ev(c, 'travelBan')).ru)} мне объявили, что выезд из страны мне запрещён. Прошло много времени и много бумаг, прежде чем я ${c.n.r('смог', 'смогла')} уехать.`,
      kk: (c) => `${cap(when(ev(c, 'travelBan')).kk)} маған елден шығуға тыйым салынғанын айтты. Кетуге рұқсат алғанша көп уақыт, көп қағаз керек болды.`,
      ug: (c) => `${when(ev(c, 'travelBan')).ug} ماڭا چەتئەلگە چىقىش مەنئى قىلىنغانلىقى ئېيتىلدى. كېتىشكە رۇخسەت ئالغۇچە نۇرغۇن ۋاقىت، نۇرغۇن قەغەز كەتتى.`,
    },
  ],
};

const wDetention: Section = {
  id: 'wDetention', order: 40, kind: 'required',
  applies: (c) => witness(c) && has(c, 'detention'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.detention] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'detention')).en)} I was ${MANNER_FIRST_PERSON[ev(c, 'detention').manner ?? 'night']?.en}. Nobody explained why; later, in interrogations, they asked mostly about my relatives in Kazakhstan.`,
      ru: (c) => `${cap(when(ev(c, 'detention')).ru)} меня ${MANNER_FIRST_PERSON[ev(c, 'detention').manner ?? 'night']?.ru}. Никто не объяснил за что; потом на допросах спрашивали в основном о родственниках в Казахстане.`,
      kk: (c) => `${cap(when(ev(c, 'detention')).kk)} мені ${MANNER_FIRST_PERSON[ev(c, 'detention').manner ?? 'night']?.kk}. Не үшін екенін ешкім түсіндірмеді; кейін жауап алғанда көбіне Қазақстандағы туыстарым туралы сұрады.`,
      ug: (c) => `${when(ev(c, 'detention')).ug} مېنى ${MANNER_FIRST_PERSON[ev(c, 'detention').manner ?? 'night']?.ug}. نېمە ئۈچۈنلىكىنى ھېچكىم چۈشەندۈرمىدى؛ كېيىن سوراقتا كۆپىنچە قازاقىستاندىكى تۇغقانلىرىم ھەققىدە سورىدى.`,
    },
  ],
};

const wInterrogation: Section = {
  id: 'wInterrogation', order: 50, kind: 'core',
  applies: (c) => witness(c) && has(c, 'interrogation'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.interrogation] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'interrogation')).en)} I was interrogated ${fac(ev(c, 'interrogation')).at.en}. I sat on a metal chair for many hours with my hands and feet locked. They wanted the names of people I knew in Kazakhstan.`,
      ru: (c) => `${cap(when(ev(c, 'interrogation')).ru)} меня допрашивали ${fac(ev(c, 'interrogation')).at.ru}. Я много часов ${c.n.r('сидел')} на железном стуле, руки и ноги были пристёгнуты. Требовали назвать имена знакомых в Казахстане.`,
      kk: (c) => `${cap(when(ev(c, 'interrogation')).kk)} мені ${fac(ev(c, 'interrogation')).at.kk} жауапқа алды. Қолым мен аяғым бекітілген күйі темір орындықта көп сағат отырдым. Қазақстандағы таныстарымның атын айтуды талап етті.`,
      ug: (c) => `${when(ev(c, 'interrogation')).ug} ${fac(ev(c, 'interrogation')).at.ug} سوراق قىلىندىم. قول-پۇتۇم باغلانغان ھالدا تۆمۈر ئورۇندۇقتا نەچچە سائەت ئولتۇردۇم. قازاقىستاندىكى تونۇشلىرىمنىڭ ئىسمىنى ئېيتىشنى تەلەپ قىلدى.`,
    },
  ],
};

const wCamp: Section = {
  id: 'wCamp', order: 60, kind: 'required',
  applies: (c) => witness(c) && has(c, 'camp'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.camp, c.ev.transfer] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'camp')).en)} I was moved ${fac(ev(c, 'camp')).to.en} ${c.v.p.home.in.en}. We were ${c.f.details.cellmates} people in one room; the light was never switched off and there were two cameras.`,
      ru: (c) => `${cap(when(ev(c, 'camp')).ru)} меня перевели ${fac(ev(c, 'camp')).to.ru} ${c.v.p.home.in.ru}. Нас было ${c.f.details.cellmates} ${ruPeople(c.f.details.cellmates)} в одной комнате; свет не выключали никогда, висели две камеры.`,
      kk: (c) => `${cap(when(ev(c, 'camp')).kk)} мені ${c.v.p.home.in.kk} ${fac(ev(c, 'camp')).to.kk} ауыстырды. Бір бөлмеде ${c.f.details.cellmates} адам болдық; жарық ешқашан сөнбейтін, екі камера ілулі тұратын.`,
      ug: (c) => `${when(ev(c, 'camp')).ug} مېنى ${fac(ev(c, 'camp')).to.ug} يۆتكىدى. بىر ئۆيدە ${c.f.details.cellmates} ئادەم ئىدۇق؛ چىراق ھەرگىز ئۆچۈرۈلمەيتتى، ئىككى كامېرا ئېسىقلىق ئىدى.`,
    },
  ],
};

const wRoutine: Section = {
  id: 'wRoutine', order: 62, kind: 'core',
  applies: (c) => witness(c) && c.t.ordinal === 0,
  variants: [
    {
      en: () => `Every day began with the flag and the anthem. Then Chinese lessons, "political study", and songs again. If someone spoke their own language, the whole room was punished.`,
      ru: () => `Каждый день начинался с флага и гимна. Потом уроки китайского, «политучёба», снова песни. Если кто-то говорил на родном языке, наказывали всю комнату.`,
      kk: () => `Күн сайын ту мен әнұраннан басталатын. Одан кейін қытай тілі сабағы, «саяси оқу», тағы да ән. Біреу ана тілінде сөйлесе, бүкіл бөлмені жазалайтын.`,
      ug: () => `ھەر كۈنى بايراق ۋە دۆلەت شېئىرى بىلەن باشلىناتتى. ئاندىن خەنزۇ تىلى دەرسى، «سىياسىي ئۆگىنىش»، يەنە ناخشا. كىمدۇر ئانا تىلىدا سۆزلىسە، پۈتۈن ئۆينى جازالايتتى.`,
    },
  ],
};

const wFood: Section = {
  id: 'wFood', order: 63, kind: 'core',
  applies: (c) => witness(c),
  variants: [
    {
      en: () => `The food was a bowl of thin soup and a steamed bun. Every few weeks we were given pills and injections without being told what they were; several women stopped having periods.`,
      ru: () => `Еда — миска жидкого супа и паровая булочка. Раз в несколько недель давали таблетки и делали уколы, не говоря, что это; у нескольких женщин прекратились месячные.`,
      kk: () => `Тамақ — бір тостаған сұйық сорпа мен бір бу наны. Бірнеше апта сайын не екенін айтпай дәрі беріп, укол салатын; бірнеше әйелдің етеккірі тоқтап қалды.`,
      ug: () => `تاماق — بىر قاچا سۇيۇق شورپا بىلەن بىر مانتا. بىر نەچچە ھەپتىدە بىر قېتىم نېمە ئىكەنلىكىنى ئېيتماي دورا بېرىپ، ئوكۇل سالاتتى؛ بىر قانچە ئايالنىڭ ئادىتى توختاپ قالدى.`,
    },
  ],
};

const wFellow: Section = {
  id: 'wFellow', order: 66, kind: 'required',
  applies: (c) => witness(c) && c.f.fellows.length > 0,
  each: (c) =>
    c.f.fellows.map((fw) => {
      const det = fw.events.find((e) => e.kind === 'detention');
      const campEvent = fw.events.find((e) => e.kind === 'camp');
      const age = yearOf((campEvent ?? det)?.day ?? c.t.day) - fw.person.birthYear;
      return { ...c, fellow: { pv: personView(fw.person), ...(det ? { det } : {}), ...(campEvent ? { camp: campEvent } : {}), age } };
    }),
  mentions: (c) => ({ persons: [c.fellow?.pv.p], events: [c.fellow?.det, c.fellow?.camp] }),
  variants: [
    {
      en: (c) => `In the same room was ${c.fellow?.pv.full.en} from ${c.fellow?.pv.p.village.en} village, ${c.fellow?.pv.p.home.in.en}. ${c.fellow?.pv.He} was about ${c.fellow?.age} and said ${c.fellow?.pv.he} had been taken ${(c.fellow?.det ?? c.fellow?.camp)?.when.phrase.en}. I last saw ${c.fellow?.pv.him} shortly before I was released.`,
      ru: (c) => `В одной комнате со мной ${c.fellow?.pv.r('был')} ${c.fellow?.pv.full.ru} из села ${c.fellow?.pv.p.village.ru} ${c.fellow?.pv.p.home.in.ru}. ${cap(c.fellow?.pv.emu ?? '')} было лет ${c.fellow?.age}, ${c.fellow?.pv.on} ${c.fellow?.pv.r('говорил')}, что ${c.fellow?.pv.ego} забрали ${(c.fellow?.det ?? c.fellow?.camp)?.when.phrase.ru}. Последний раз я ${c.n.r('видел')} ${c.fellow?.pv.ego} незадолго до своего освобождения.`,
      kk: (c) => `Менімен бір бөлмеде ${c.fellow?.pv.p.home.in.kk}, ${c.fellow?.pv.p.village.kk} ауылынан ${c.fellow?.pv.full.kk} болды. Ол шамамен ${c.fellow?.age} жаста еді, өзін ${(c.fellow?.det ?? c.fellow?.camp)?.when.phrase.kk} ұстағанын айтты. Оны соңғы рет мен босатылардан сәл бұрын көрдім.`,
      ug: (c) => `مەن بىلەن بىر ئۆيدە ${c.fellow?.pv.p.village.ug} كەنتىدىن ${c.fellow?.pv.full.ug} بار ئىدى. ئۇ تەخمىنەن ${c.fellow?.age} ياشتا ئىدى، ئۆزىنىڭ ${(c.fellow?.det ?? c.fellow?.camp)?.when.phrase.ug} تۇتۇلغانلىقىنى ئېيتتى. ئۇنى ئەڭ ئاخىرقى قېتىم مەن قويۇپ بېرىلىشتىن سەل ئىلگىرى كۆردۈم.`,
    },
    {
      en: (c) => `I also want to name ${c.fellow?.pv.full.en}, ${c.fellow?.pv.p.occupation?.en ?? 'a farmer'} ${c.fellow?.pv.p.home.from.en}. We were in the same group for the lessons. ${c.fellow?.pv.He} was very weak and could hardly stand during the anthem.`,
      ru: (c) => `Ещё один человек, которого я хочу назвать, — ${c.fellow?.pv.full.ru} ${c.fellow?.pv.p.home.from.ru}. Мы были в одной группе на занятиях. ${c.fellow?.pv.On} ${c.fellow?.pv.r('был', 'была')} очень ${c.fellow?.pv.r('слаб', 'слаба')} и едва ${c.fellow?.pv.r('стоял')} во время гимна.`,
      kk: (c) => `Тағы ${c.fellow?.pv.p.home.from.kk} ${c.fellow?.pv.full.kk} туралы айтқым келеді. Сабақта бір топта болдық. Ол өте әлсіз еді, әнұран кезінде әрең тұратын.`,
      ug: (c) => `يەنە ${c.fellow?.pv.p.home.from.ug} كەلگەن ${c.fellow?.pv.full.ug} ھەققىدە ئېيتماقچىمەن. دەرستە بىر گۇرۇپپىدا ئىدۇق. ئۇ ناھايىتى ئاجىز ئىدى، دۆلەت شېئىرى ئوقۇلغاندا ئاران تۇراتتى.`,
    },
  ],
};

const wRelease: Section = {
  id: 'wRelease', order: 70, kind: 'required',
  applies: (c) => witness(c) && has(c, 'release'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.release] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'release')).en)} I was released${ev(c, 'release').restricted ? ' and had to sign a paper promising never to speak about the camp' : ''}. Even at home a neighbourhood official came every day.`,
      ru: (c) => `${cap(when(ev(c, 'release')).ru)} меня отпустили${ev(c, 'release').restricted ? ', заставив подписать бумагу, что я никогда не буду рассказывать о лагере' : ''}. Даже дома каждый день приходил человек из махаллинского комитета.`,
      kk: (c) => `${cap(when(ev(c, 'release')).kk)} мені босатты${ev(c, 'release').restricted ? ', лагерь туралы ешқашан айтпаймын деген қағазға қол қойғызды' : ''}. Үйде де көше комитетінен күн сайын біреу келіп тұрды.`,
      ug: (c) => `${when(ev(c, 'release')).ug} مېنى قويۇپ بەردى${ev(c, 'release').restricted ? '، لاگېر ھەققىدە ھەرگىز سۆزلىمەيمەن دېگەن قەغەزگە قول قويدۇردى' : ''}. ئۆيدىمۇ ھەر كۈنى مەھەللە كومىتېتىدىن بىرەرسى كېلىپ تۇردى.`,
    },
  ],
};

const wLabour: Section = {
  id: 'wLabour', order: 72, kind: 'core',
  applies: (c) => witness(c) && has(c, 'labour'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.labour] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'labour')).en)} I was sent to work ${FACILITIES.factory.at.en}. For several months I was paid almost nothing, and leaving was not allowed.`,
      ru: (c) => `${cap(when(ev(c, 'labour')).ru)} меня отправили работать ${FACILITIES.factory.at.ru}. Несколько месяцев мне почти ничего не платили, уйти было нельзя.`,
      kk: (c) => `${cap(when(ev(c, 'labour')).kk)} мені ${FACILITIES.factory.to.kk} жұмысқа жіберді. Бірнеше ай бойы маған дерлік ештеңе төлемеді, кетуге болмайтын.`,
      ug: (c) => `${when(ev(c, 'labour')).ug} مېنى ${FACILITIES.factory.to.ug} ئىشلەشكە ئەۋەتتى. بىر نەچچە ئاي ماڭا دېگۈدەك ھېچنېمە بەرمىدى، كېتىشكە بولمايتتى.`,
    },
  ],
};

const wClosing: Section = {
  id: 'wClosing', order: 99, kind: 'core',
  applies: (c) => witness(c),
  variants: [
    {
      en: () => `I am telling this for those who are still inside. I saw them with my own eyes, and I can repeat all of it before any commission.`,
      ru: (c) => `Я рассказываю это ради тех, кто всё ещё там. Я ${c.n.r('видел')} их своими глазами и могу повторить всё перед любой комиссией.`,
      kk: () => `Мен мұны әлі сонда отырғандар үшін айтып отырмын. Оларды өз көзіммен көрдім, мұның бәрін кез келген комиссия алдында қайталай аламын.`,
      ug: () => `مەن بۇنى تېخىچە ئۇ يەردە ياتقانلار ئۈچۈن سۆزلەۋاتىمەن. ئۇلارنى ئۆز كۆزۈم بىلەن كۆردۈم، بۇلارنىڭ ھەممىسىنى ھەرقانداق كومىسسىيە ئالدىدا قايتىلىيالايمەن.`,
    },
  ],
};


export const WITNESS_SECTIONS: readonly Section[] = [
  wIntro, wPassport, wDetention, wInterrogation, wTravelBan, wCamp, wRoutine, wFood, wFellow, wRelease, wLabour, wClosing,
];
