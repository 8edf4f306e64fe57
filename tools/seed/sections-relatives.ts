import { yearOf } from './dates';
import { FACILITIES } from './places';
import { REASONS, RU_CHILDREN, relWord, ruYears, type FamilyRel } from './phrases';
import type { EventKind, EventPlan, PersonPlan } from './story';
import {
  anyNews,
  cap,
  ev,
  fac,
  has,
  kinOf,
  num,
  occRu,
  ord,
  outcomeKnown,
  relative,
  ruPeople,
  ruYearsDative,
  when,
  type Section,
} from './template-kit';
import type { Lx } from './types';
import { personView, type Ctx, type PersonView } from './voice';

/** Testimonies by relatives in Almaty: who speaks, about whom, what happened, what it did to the family. */

/* ------------------------------------------------------------------------------------------ */
/* Relatives: who is speaking, and about whom                                                  */
/* ------------------------------------------------------------------------------------------ */

const intro: Section = {
  id: 'intro', order: 10, kind: 'core',
  applies: (c) => relative(c) && c.t.ordinal === 0,
  mentions: (c) => ({ persons: [c.n.person] }),
  variants: [
    {
      en: (c) => `I was born in ${c.n.birthYear} ${c.n.home.in.en}. I moved to Kazakhstan in ${c.f.narrator.movedYear} and now live in Almaty.`,
      ru: (c) => `Я ${c.n.r('родился', 'родилась')} в ${c.n.birthYear} году ${c.n.home.in.ru}. В ${c.f.narrator.movedYear} году я ${c.n.r('переехал')} в Казахстан, сейчас живу в Алматы.`,
      kk: (c) => `Мен ${c.n.birthYear} жылы ${c.n.home.in.kk} тудым. ${c.f.narrator.movedYear} жылы Қазақстанға көшіп келдім, қазір Алматыда тұрамын.`,
      ug: (c) => `مەن ${c.n.birthYear}-يىلى ${c.n.home.in.ug} تۇغۇلدۇم. ${c.f.narrator.movedYear}-يىلى قازاقىستانغا كۆچۈپ كەلدىم، ھازىر ئالمۇتادا تۇرىمەن.`,
    },
    {
      en: (c) => `I am ${c.n.age} years old. I come ${c.n.home.from.en} and have lived in Almaty since ${c.f.narrator.movedYear}; I have Kazakhstan citizenship now.`,
      ru: (c) => `Мне ${ruYears(c.n.age)}. Я родом ${c.n.home.from.ru}, в Алматы живу с ${c.f.narrator.movedYear} года, сейчас у меня гражданство Казахстана.`,
      kk: (c) => `Мен ${c.n.age} жастамын. Өзім ${c.n.home.from.kk} шыққанмын, ${c.f.narrator.movedYear} жылдан бері Алматыда тұрамын, қазір Қазақстан азаматымын.`,
      ug: (c) => `مەن ${c.n.age} ياشتا. ${c.n.home.from.ug} كەلگەن، ${c.f.narrator.movedYear}-يىلىدىن بۇيان ئالمۇتادا تۇرۇۋاتىمەن، ھازىر قازاقىستان پۇقراسى.`,
    },
    {
      en: (c) => `My family is ${c.n.home.from.en}. I came to Kazakhstan in ${c.f.narrator.movedYear} to work, and the rest of the family stayed there.`,
      ru: (c) => `Моя семья ${c.n.home.from.ru}. Я ${c.n.r('приехал')} в Казахстан в ${c.f.narrator.movedYear} году на заработки, а остальные остались там.`,
      kk: (c) => `Менің отбасым ${c.n.home.from.kk}. Мен Қазақстанға ${c.f.narrator.movedYear} жылы жұмыс істеуге келдім, қалғандары сол жақта қалды.`,
      ug: (c) => `مېنىڭ ئائىلەم ${c.n.home.from.ug}. مەن ${c.f.narrator.movedYear}-يىلى قازاقىستانغا ئىشلەشكە كەلدىم، قالغانلار ئۇ يەردە قالدى.`,
    },
  ],
};

const followIntro: Section = {
  id: 'followIntro', order: 10, kind: 'required',
  applies: (c) => c.t.ordinal > 0 && c.prev !== undefined,
  variants: [
    {
      en: (c) => `This is my ${ord('en', c.t.ordinal)} conversation with you. Since we last spoke ${c.prev?.phrase.en ?? ''}, ${anyNews(c) ? 'there is some news' : 'nothing has really changed'}.`,
      ru: (c) => `Это мой ${ord('ru', c.t.ordinal)} разговор с вами. С нашей прошлой встречи ${c.prev?.phrase.ru ?? ''} ${anyNews(c) ? 'кое-что изменилось' : 'почти ничего не изменилось'}.`,
      kk: (c) => `Бұл сіздермен ${ord('kk', c.t.ordinal)} рет сөйлесуім. ${cap(c.prev?.phrase.kk ?? '')} соңғы рет кездескеннен бері ${anyNews(c) ? 'біраз жаңалық бар' : 'ештеңе өзгерген жоқ десе болады'}.`,
      ug: (c) => `بۇ سىلەر بىلەن ${ord('ug', c.t.ordinal)} قېتىم سۆزلىشىشىم. ${c.prev?.phrase.ug ?? ''} ئاخىرقى قېتىم كۆرۈشكەندىن بۇيان ${anyNews(c) ? 'بەزى يېڭى خەۋەرلەر بار' : 'ھېچنېمە ئۆزگەرمىدى دېسەكمۇ بولىدۇ'}.`,
    },
  ],
};

const recap: Section = {
  id: 'recap', order: 15, kind: 'required',
  applies: (c) => relative(c) && c.t.ordinal > 0 && c.known.detention !== undefined,
  mentions: (c) => ({ persons: [c.v.p] }),
  variants: [
    {
      en: (c) => `As I told you before, ${kinOf(c).en} ${c.v.full.en} was detained ${c.known.detention?.when.phrase.en ?? ''}.`,
      ru: (c) => `Как я уже ${c.n.r('рассказывал')}, ${kinOf(c).ru} ${c.v.full.ru} ${c.v.r('был задержан', 'была задержана')} ${c.known.detention?.when.phrase.ru ?? ''}.`,
      kk: (c) => `Бұрын айтқанымдай, ${kinOf(c).kk} ${c.v.full.kk} ${c.known.detention?.when.phrase.kk ?? ''} ұсталған.`,
      ug: (c) => `ئىلگىرى ئېيتقىنىمدەك، ${kinOf(c).ug} ${c.v.full.ug} ${c.known.detention?.when.phrase.ug ?? ''} تۇتۇلغانىدى.`,
    },
  ],
};

const victimIntro: Section = {
  id: 'victim', order: 20, kind: 'required',
  applies: (c) => relative(c) && c.t.ordinal === 0,
  mentions: (c) => ({ persons: [c.v.p] }),
  variants: [
    {
      en: (c) => `${cap(kinOf(c).en)} ${c.v.full.en} was born in ${c.v.p.birthYear}. ${c.v.He} lived in ${c.v.p.village.en} village ${c.v.p.home.in.en} and worked as ${c.v.p.occupation?.en ?? 'a farmer'}.`,
      ru: (c) => `${cap(kinOf(c).ru)} ${c.v.full.ru} ${c.v.r('родился', 'родилась')} в ${c.v.p.birthYear} году. ${c.v.On} ${c.v.r('жил')} в селе ${c.v.p.village.ru} ${c.v.p.home.in.ru} и ${c.v.r('работал')} ${occRu(c.v.p)}.`,
      kk: (c) => `${cap(kinOf(c).kk)} ${c.v.full.kk} ${c.v.p.birthYear} жылы туған. Ол ${c.v.p.home.in.kk}, ${c.v.p.village.kk} ауылында тұрды, ${c.v.p.occupation?.kk ?? 'диқан'} болып істеді.`,
      ug: (c) => `${kinOf(c).ug} ${c.v.full.ug} ${c.v.p.birthYear}-يىلى تۇغۇلغان. ئۇ ${c.v.p.village.ug} كەنتىدە ئولتۇراتتى، ${c.v.p.occupation?.ug ?? 'دېھقان'} ئىدى. يۇرتى ${c.v.p.home.name.ug}.`,
    },
    {
      en: (c) => `I want to speak about ${kinOf(c).en}, ${c.v.full.en}, born in ${c.v.p.birthYear}. Before all this ${c.v.he} worked as ${c.v.p.occupation?.en ?? 'a farmer'} in ${c.v.p.village.en}, ${c.v.p.home.in.en}, and had never been in trouble with the authorities.`,
      ru: (c) => `Я хочу рассказать про ${kinOf(c).ruAcc} — ${c.v.full.ru}, ${c.v.p.birthYear} года рождения. До всего этого ${c.v.on} ${c.v.r('работал')} ${occRu(c.v.p)} в селе ${c.v.p.village.ru} ${c.v.p.home.in.ru} и никогда не ${c.v.r('имел')} проблем с властями.`,
      kk: (c) => `Мен ${kinOf(c).kk} ${c.v.full.kk} туралы айтқым келеді, ол ${c.v.p.birthYear} жылы туған. Бұған дейін ол ${c.v.p.home.in.kk}, ${c.v.p.village.kk} ауылында ${c.v.p.occupation?.kk ?? 'диқан'} болып істеді, билікпен ешқашан проблемасы болмаған.`,
      ug: (c) => `مەن ${kinOf(c).ug} ${c.v.full.ug} ھەققىدە سۆزلىمەكچىمەن، ئۇ ${c.v.p.birthYear}-يىلى تۇغۇلغان. بۇنىڭدىن ئىلگىرى ئۇ ${c.v.p.village.ug} كەنتىدە ${c.v.p.occupation?.ug ?? 'دېھقان'} بولۇپ ئىشلەيتتى، ھۆكۈمەت بىلەن ھېچقاچان مەسىلىسى بولمىغان.`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* What happened                                                                               */
/* ------------------------------------------------------------------------------------------ */

const passport: Section = {
  id: 'passport', order: 30, kind: 'core',
  // Someone detained on return from Kazakhstan lost the passport at the border: told there.
  applies: (c) => relative(c) && has(c, 'passport') && c.known.detention?.manner !== 'border',
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.passport] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'passport')).en)}, the police collected the passports of everyone in ${c.v.p.village.en} who had been abroad; ${c.v.short.en}'s passport was taken too, and ${c.v.he} was told it would be returned "later".`,
      ru: (c) => `${cap(when(ev(c, 'passport')).ru)} полиция собрала паспорта у всех жителей села ${c.v.p.village.ru}, кто бывал за границей; паспорт забрали и у ${c.v.nego} — сказали, что вернут «потом».`,
      kk: (c) => `${cap(when(ev(c, 'passport')).kk)} полиция ${c.v.p.village.kk} ауылында шетелге барып келгендердің бәрінің паспортын жинап алды; ${c.v.short.kk} да паспортын тапсырды, оған «кейін қайтарамыз» деді.`,
      ug: (c) => `${when(ev(c, 'passport')).ug} ساقچىلار ${c.v.p.village.ug} كەنتىدە چەتئەلگە بېرىپ كەلگەنلەرنىڭ ھەممىسىنىڭ پاسپورتىنى يىغىۋالدى؛ ${c.v.short.ug}نىڭمۇ پاسپورتى ئېلىۋېلىندى، ئۇنىڭغا «كېيىن قايتۇرىمىز» دېيىلدى.`,
    },
    {
      en: (c) => `${c.v.He} used to visit us in Kazakhstan. ${cap(when(ev(c, 'passport')).en)} ${c.v.he} had to hand ${c.v.his} passport to the police "for safekeeping", and after that ${c.v.he} could not travel any more.`,
      ru: (c) => `${c.v.On} часто ${c.v.r('приезжал')} к нам в Казахстан. ${cap(when(ev(c, 'passport')).ru)} ${c.v.ego} заставили сдать паспорт в полицию «на хранение», и после этого ${c.v.on} уже не ${c.v.r('мог', 'могла')} выезжать.`,
      kk: (c) => `Ол бізге Қазақстанға жиі келіп тұратын. ${cap(when(ev(c, 'passport')).kk)} оны паспортын полицияға «сақтауға» тапсыруға мәжбүрледі, содан кейін ол шетелге шыға алмады.`,
      ug: (c) => `ئۇ دائىم قازاقىستانغا بىزنى يوقلاپ كېلەتتى. ${when(ev(c, 'passport')).ug} ئۇنى پاسپورتىنى ساقچىخانىغا «ساقلاشقا» تاپشۇرۇشقا مەجبۇرلىدى، شۇنىڭدىن كېيىن ئۇ چەتئەلگە چىقالمىدى.`,
    },
  ],
};

const homestay: Section = {
  id: 'homestay', order: 35, kind: 'core',
  applies: (c) => relative(c) && has(c, 'homestay'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.homestay] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'homestay')).en)} officials began to come and live in the house for a week every month as "relatives". They watched what the family ate, whether anyone prayed, and photographed everything.`,
      ru: (c) => `${cap(when(ev(c, 'homestay')).ru)} в дом начали приходить чиновники и жить по неделе каждый месяц как «родственники». Они следили, что семья ест, молится ли кто-нибудь, и всё фотографировали.`,
      kk: (c) => `${cap(when(ev(c, 'homestay')).kk)} үйге шенеуніктер «туыс» ретінде келіп, ай сайын бір аптадан тұра бастады. Отбасының не жейтінін, біреу намаз оқи ма, соны бақылап, бәрін суретке түсірді.`,
      ug: (c) => `${when(ev(c, 'homestay')).ug} ئۆيگە كادىرلار «تۇغقان» سۈپىتىدە كېلىپ، ھەر ئايدا بىر ھەپتىدىن تۇرىدىغان بولدى. ئۇلار ئائىلىدىكىلەرنىڭ نېمە يېگەنلىكىنى، بىرەرسىنىڭ ناماز ئوقۇيدىغان-ئوقۇمايدىغانلىقىنى كۆزىتىپ، ھەممىنى رەسىمگە ئالدى.`,
    },
  ],
};

const detention: Section = {
  id: 'detention', order: 40, kind: 'required',
  applies: (c) => relative(c) && has(c, 'detention'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.detention, c.ev.detention?.manner === 'border' ? c.ev.passport : undefined] }),
  variants: [
    {
      ok: (c) => c.ev.detention?.manner === 'night',
      en: (c) => `${cap(when(ev(c, 'detention')).en)}, police officers came to ${c.v.his} house at night and took ${c.v.him} away. They showed no papers and did not say where they were taking ${c.v.him}.`,
      ru: (c) => `${cap(when(ev(c, 'detention')).ru)} ночью к ${c.v.nemu} домой пришли полицейские и увели ${c.v.ego}. Никаких документов не показали и не сказали, куда ${c.v.ego} везут.`,
      kk: (c) => `${cap(when(ev(c, 'detention')).kk)} түнде үйіне полицейлер келіп, оны алып кетті. Ешқандай құжат көрсетпеді, қайда апаратынын да айтпады.`,
      ug: (c) => `${when(ev(c, 'detention')).ug} كېچىسى ساقچىلار ئۇنىڭ ئۆيىگە كېلىپ، ئۇنى ئېلىپ كەتتى. ھېچقانداق ھۆججەت كۆرسەتمىدى، نەگە ئېلىپ كېتىدىغانلىقىنىمۇ ئېيتمىدى.`,
    },
    {
      ok: (c) => c.ev.detention?.manner === 'summoned',
      en: (c) => `${cap(when(ev(c, 'detention')).en)}, ${c.v.short.en} was called ${fac(ev(c, 'detention')).to.en} "for a short conversation". ${c.v.He} went there in the morning and never came home.`,
      ru: (c) => `${cap(when(ev(c, 'detention')).ru)} ${c.v.short.ru} ${c.v.r('получил')} вызов ${fac(ev(c, 'detention')).to.ru} «на короткую беседу». Утром ${c.v.on} ${c.v.r('ушёл', 'ушла')} туда и домой больше не ${c.v.r('вернулся')}.`,
      kk: (c) => `${cap(when(ev(c, 'detention')).kk)} ${c.v.short.kk} «қысқа әңгімеге» деп ${fac(ev(c, 'detention')).to.kk} шақырылды. Ол таңертең сонда барды да, үйге қайтып оралмады.`,
      ug: (c) => `${when(ev(c, 'detention')).ug} ${c.v.short.ug} «قىسقىغىنا سۆھبەت» ئۈچۈن ${fac(ev(c, 'detention')).to.ug} چاقىرىلدى. ئۇ ئەتىگەندە ئۇ يەرگە باردى-يۇ، ئۆيگە قايتىپ كەلمىدى.`,
    },
    {
      ok: (c) => c.ev.detention?.manner === 'work',
      en: (c) => `${cap(when(ev(c, 'detention')).en)}, ${c.v.he} was taken straight from work. Colleagues told the family that two men in plain clothes put ${c.v.him} in a car.`,
      ru: (c) => `${cap(when(ev(c, 'detention')).ru)} ${c.v.ego} забрали прямо с работы. Коллеги рассказали семье, что двое в штатском посадили ${c.v.ego} в машину.`,
      kk: (c) => `${cap(when(ev(c, 'detention')).kk)} оны тура жұмыс орнынан алып кетті. Әріптестері отбасына азаматша киінген екі адам оны көлікке отырғызғанын айтты.`,
      ug: (c) => `${when(ev(c, 'detention')).ug} ئۇنى بىۋاسىتە خىزمەت ئورنىدىن ئېلىپ كەتتى. خىزمەتداشلىرى ئائىلىسىگە، پۇقراچە كىيىنگەن ئىككى ئادەم ئۇنى ماشىنىغا سالغانلىقىنى ئېيتتى.`,
    },
    {
      ok: (c) => c.ev.detention?.manner === 'border',
      en: (c) => `${c.v.He} went back to China ${c.v.p.birthYear < 1963 ? `to sort out documents for ${c.v.his} pension` : `to renew ${c.v.his} documents`}. At the border ${c.v.his} passport was taken, and ${when(ev(c, 'detention')).en} ${c.v.he} was detained.`,
      ru: (c) => `${c.v.On} ${c.v.r('поехал')} в Китай ${c.v.p.birthYear < 1963 ? 'оформить документы на пенсию' : 'продлить документы'}. На границе у ${c.v.nego} забрали паспорт, а ${when(ev(c, 'detention')).ru} ${c.v.on} ${c.v.r('был задержан', 'была задержана')}.`,
      kk: (c) => `Ол ${c.v.p.birthYear < 1963 ? 'зейнетақы құжаттарын рәсімдеу' : 'құжаттарын жаңарту'} үшін Қытайға барған. Шекарада паспортын алып қойды, ал ${when(ev(c, 'detention')).kk} ол ұсталды.`,
      ug: (c) => `ئۇ ${c.v.p.birthYear < 1963 ? 'پېنسىيە ھۆججەتلىرىنى بېجىرىش' : 'ھۆججەتلىرىنى يېڭىلاش'} ئۈچۈن جۇڭگوغا بارغانىدى. چېگرادا پاسپورتى ئېلىۋېلىندى، ${when(ev(c, 'detention')).ug} ئۇ تۇتۇلدى.`,
    },
    {
      ok: (c) => c.ev.detention?.manner !== 'border',
      en: (c) => `${cap(kinOf(c).en)} was detained ${when(ev(c, 'detention')).en}. We found out only weeks later, from a neighbour who dared to send a short message.`,
      ru: (c) => `${cap(kinOf(c).ru)} ${c.v.r('был задержан', 'была задержана')} ${when(ev(c, 'detention')).ru}. Мы узнали об этом только через несколько недель от соседки, которая решилась написать короткое сообщение.`,
      kk: (c) => `${cap(kinOf(c).kk)} ${when(ev(c, 'detention')).kk} ұсталды. Біз бұл туралы бірнеше аптадан кейін ғана, қысқа хабар жазуға батылы барған көршіден білдік.`,
      ug: (c) => `${kinOf(c).ug} ${when(ev(c, 'detention')).ug} تۇتۇلدى. بىز بۇنى بىر نەچچە ھەپتىدىن كېيىنلا، قىسقا ئۇچۇر يېزىشقا جۈرئەت قىلغان بىر قوشنىدىن بىلدۇق.`,
    },
  ],
};

const reason: Section = {
  id: 'reason', order: 41, kind: 'core',
  applies: (c) => relative(c) && has(c, 'detention') && c.ev.detention?.manner !== 'border',
  variants: [
    {
      en: (c) => `We later heard that the reason given was ${REASONS[ev(c, 'detention').reason ?? 'unknown'].en}. Nobody from the family was shown any decision.`,
      ru: (c) => `Позже мы узнали, что причиной назвали ${REASONS[ev(c, 'detention').reason ?? 'unknown'].ru}. Никакого решения семье так и не показали.`,
      kk: (c) => `Кейін естісек, себебі — ${REASONS[ev(c, 'detention').reason ?? 'unknown'].kk}. Отбасына ешқандай шешім көрсетілмеді.`,
      ug: (c) => `كېيىن ئاڭلىساق، سەۋەبى ${REASONS[ev(c, 'detention').reason ?? 'unknown'].ug} ئىكەن. ئائىلىسىگە ھېچقانداق قارار كۆرسىتىلمىدى.`,
    },
  ],
};

const interrogation: Section = {
  id: 'interrogation', order: 50, kind: 'core',
  applies: (c) => relative(c) && has(c, 'interrogation'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.interrogation] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'interrogation')).en)} ${c.v.he} was interrogated ${fac(ev(c, 'interrogation')).at.en}. They asked about ${c.v.his} relatives in Kazakhstan, about me, and why ${c.v.he} had travelled abroad.`,
      ru: (c) => `${cap(when(ev(c, 'interrogation')).ru)} ${c.v.ego} допрашивали ${fac(ev(c, 'interrogation')).at.ru}. Спрашивали о родственниках в Казахстане, обо мне и о том, зачем ${c.v.on} ${c.v.r('ездил')} за границу.`,
      kk: (c) => `${cap(when(ev(c, 'interrogation')).kk)} оны ${fac(ev(c, 'interrogation')).at.kk} жауапқа алды. Қазақстандағы туыстары туралы, мен туралы және неге шетелге барғанын сұраған.`,
      ug: (c) => `${when(ev(c, 'interrogation')).ug} ئۇ ${fac(ev(c, 'interrogation')).at.ug} سوراق قىلىندى. ئۇنىڭدىن قازاقىستاندىكى تۇغقانلىرى، مەن ھەققىدە ۋە نېمە ئۈچۈن چەتئەلگە بارغانلىقى سورالغان.`,
    },
    {
      en: (c) => `A man who was held with ${c.v.him} later told us that ${when(ev(c, 'interrogation')).en} ${c.v.he} was questioned for many hours without sleep, about the money we had sent from Almaty.`,
      ru: (c) => `Человек, который сидел вместе с ${c.v.nim}, позже рассказал нам, что ${when(ev(c, 'interrogation')).ru} ${c.v.ego} много часов допрашивали без сна — о деньгах, которые мы отправляли из Алматы.`,
      kk: (c) => `Онымен бірге отырған бір кісі кейін бізге ${when(ev(c, 'interrogation')).kk} оны ұйқы бермей, көп сағат бойы біз Алматыдан жіберген ақша туралы жауапқа алғанын айтты.`,
      ug: (c) => `ئۇنىڭ بىلەن بىللە ياتقان بىر كىشى كېيىن بىزگە، ${when(ev(c, 'interrogation')).ug} ئۇنىڭدىن ئۇخلاتماي نەچچە سائەتلەپ بىز ئالمۇتادىن ئەۋەتكەن پۇل ھەققىدە سوراق قىلىنغانلىقىنى ئېيتتى.`,
    },
  ],
};

const camp: Section = {
  id: 'camp', order: 60, kind: 'core',
  applies: (c) => relative(c) && has(c, 'camp'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.camp] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'camp')).en)} we learned that ${c.v.he} had been sent ${fac(ev(c, 'camp')).to.en} ${c.v.p.home.in.en}. Nobody ever informed us officially.`,
      ru: (c) => `${cap(when(ev(c, 'camp')).ru)} мы узнали, что ${c.v.ego} отправили ${fac(ev(c, 'camp')).to.ru} ${c.v.p.home.in.ru}. Официально нам так никто ничего и не сообщил.`,
      kk: (c) => `${cap(when(ev(c, 'camp')).kk)} оның ${c.v.p.home.in.kk} орналасқан ${fac(ev(c, 'camp')).to.kk} жіберілгенін білдік. Бізге ресми түрде ешкім хабарлаған жоқ.`,
      ug: (c) => `${when(ev(c, 'camp')).ug} ئۇنىڭ ${fac(ev(c, 'camp')).to.ug} ئەۋەتىلگەنلىكىنى بىلدۇق. ئۇ يەر ${c.v.p.home.in.ug} ئىكەن. بىزگە ھېچكىم رەسمىي ئۇقتۇرمىدى.`,
    },
    {
      en: (c) => `${cap(when(ev(c, 'camp')).en)} a cousin wrote to us on WeChat, very carefully, that ${c.v.short.en} was "studying". We understood that ${c.v.he} was ${fac(ev(c, 'camp')).at.en}. Soon after that the cousin deleted us from the contacts.`,
      ru: (c) => `${cap(when(ev(c, 'camp')).ru)} двоюродная сестра очень осторожно написала нам в WeChat, что ${c.v.short.ru} «учится». Мы поняли, что ${c.v.on} ${fac(ev(c, 'camp')).at.ru}. Вскоре после этого она удалила нас из контактов.`,
      kk: (c) => `${cap(when(ev(c, 'camp')).kk)} немере қарындасым WeChat арқылы өте сақтықпен ${c.v.short.kk} «оқып жатыр» деп жазды. Біз оның ${fac(ev(c, 'camp')).at.kk} екенін түсіндік. Көп өтпей ол бізді контактілерінен өшіріп тастады.`,
      ug: (c) => `${when(ev(c, 'camp')).ug} بىر نەۋرە سىڭلىم ۋىچاتتا ناھايىتى ئېھتىياتچانلىق بىلەن ${c.v.short.ug} «ئوقۇۋاتىدۇ» دەپ يازدى. بىز ئۇنىڭ ${fac(ev(c, 'camp')).at.ug} ئىكەنلىكىنى چۈشەندۇق. ئۇزاق ئۆتمەي ئۇ بىزنى ئالاقىداشلىرىدىن ئۆچۈرۈۋەتتى.`,
    },
  ],
};

const conditions: Section = {
  id: 'conditions', order: 62, kind: 'core',
  applies: (c) => relative(c) && has(c, 'camp'),
  variants: [
    {
      en: (c) => `People who were released later told us what it is like there: ${c.f.details.cellmates} people in one room, a bucket for a toilet, cameras everywhere. They had to sing songs praising the Party and learn Chinese every day.`,
      ru: (c) => `Освобождённые потом рассказывали, как там: ${c.f.details.cellmates} ${ruPeople(c.f.details.cellmates)} в одной комнате, ведро вместо туалета, камеры повсюду. Каждый день заставляли петь песни о партии и учить китайский.`,
      kk: (c) => `Кейін босатылғандар ол жақтың жағдайын айтты: бір бөлмеде ${c.f.details.cellmates} адам, дәретхананың орнына шелек, барлық жерде камера. Күн сайын партияны мадақтайтын әндер айтып, қытай тілін оқуға мәжбүр болған.`,
      ug: (c) => `كېيىن قويۇپ بېرىلگەنلەر ئۇ يەرنىڭ ئەھۋالىنى سۆزلەپ بەردى: بىر ئۆيدە ${c.f.details.cellmates} ئادەم، ھاجەتخانا ئورنىدا بىر چېلەك، ھەممە يەردە كامېرا. ھەر كۈنى پارتىيىنى مەدھىيىلەيدىغان ناخشىلارنى ئېيتىشقا ۋە خەنزۇچە ئۆگىنىشكە مەجبۇر بولغان.`,
    },
    {
      en: (c) => `When we finally saw ${c.v.him} on a video call, ${c.v.he} had lost about ${c.f.details.weightLoss} kilos and did not look at the camera. ${c.v.He} only said that everything was fine and that we should "follow the policy".`,
      ru: (c) => `Когда мы наконец увидели ${c.v.ego} по видеосвязи, ${c.v.on} ${c.v.r('похудел')} примерно на ${c.f.details.weightLoss} кг и не ${c.v.r('смотрел')} в камеру. ${c.v.On} только ${c.v.r('сказал')}, что всё хорошо и что нужно «следовать политике».`,
      kk: (c) => `Ақыры оны бейнеқоңырау арқылы көргенде, ол шамамен ${c.f.details.weightLoss} келі арықтап қалған, камераға қарамады. Тек бәрі жақсы екенін, «саясатты ұстану керек» екенін айтты.`,
      ug: (c) => `ئاخىرى ئۇنى سىنلىق تېلېفوندا كۆرگىنىمىزدە، ئۇ تەخمىنەن ${c.f.details.weightLoss} كىلو ئورۇقلاپ كەتكەنىدى، كامېراغا قارىمىدى. ئۇ پەقەت ھەممە ئىش ياخشى، «سىياسەتكە ئەمەل قىلىش كېرەك» دېدى.`,
    },
  ],
};

const transfer: Section = {
  id: 'transfer', order: 65, kind: 'core',
  applies: (c) => relative(c) && has(c, 'transfer'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.transfer] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'transfer')).en)} we heard that ${c.v.he} had been moved to another camp ${ev(c, 'transfer').place.in.en}. The family found out only when a parcel was sent back.`,
      ru: (c) => `${cap(when(ev(c, 'transfer')).ru)} мы услышали, что ${c.v.ego} перевели в другой лагерь ${ev(c, 'transfer').place.in.ru}. Семья узнала об этом, только когда вернули передачу.`,
      kk: (c) => `${cap(when(ev(c, 'transfer')).kk)} оны ${ev(c, 'transfer').place.in.kk} басқа лагерьге ауыстырғанын естідік. Отбасы мұны тек сәлемдеме кері қайтарылғанда білді.`,
      ug: (c) => `${when(ev(c, 'transfer')).ug} ئۇنىڭ باشقا بىر لاگېرغا يۆتكەلگەنلىكىنى ئاڭلىدۇق، ئۇ لاگېر ${ev(c, 'transfer').place.in.ug} ئىكەن. ئائىلىسى بۇنى پەقەت ئەۋەتكەن نەرسىلەر قايتۇرۇلغاندىلا بىلدى.`,
    },
  ],
};

const release: Section = {
  id: 'release', order: 70, kind: 'required',
  applies: (c) => relative(c) && has(c, 'release'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.release] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'release')).en)} ${c.v.he} was released${ev(c, 'release').restricted ? `, but not really free: ${c.v.he} has to report to the neighbourhood committee every week and may not leave the county` : ''}.`,
      ru: (c) => `${cap(when(ev(c, 'release')).ru)} ${c.v.ego} отпустили${ev(c, 'release').restricted ? `, но не по-настоящему: каждую неделю ${c.v.on} ${c.v.r('обязан')} отмечаться в махаллинском комитете и не может выезжать из уезда` : ''}.`,
      kk: (c) => `${cap(when(ev(c, 'release')).kk)} ол босатылды${ev(c, 'release').restricted ? ', бірақ толық еркін емес: апта сайын көше комитетіне барып белгі қойып тұруы керек, аудан сыртына шыға алмайды' : ''}.`,
      ug: (c) => `${when(ev(c, 'release')).ug} ئۇ قويۇپ بېرىلدى${ev(c, 'release').restricted ? '، لېكىن تولۇق ئەركىن ئەمەس: ھەر ھەپتە مەھەللە كومىتېتىغا بېرىپ مەلۇم قىلىشى كېرەك، ناھىيىدىن سىرتقا چىقالمايدۇ' : ''}.`,
    },
    {
      ok: (c) => !c.known.death,
      en: (c) => `${cap(when(ev(c, 'release')).en)} ${c.v.he} came home. ${c.v.He} talks to us only briefly and never about what happened; once ${c.v.he} said: "Don't ask, it is better for everyone."`,
      ru: (c) => `${cap(when(ev(c, 'release')).ru)} ${c.v.on} ${c.v.r('вернулся')} домой. С нами ${c.v.on} говорит коротко и никогда — о том, что было; однажды ${c.v.on} ${c.v.r('сказал')}: «Не спрашивайте, так лучше для всех».`,
      kk: (c) => `${cap(when(ev(c, 'release')).kk)} ол үйіне оралды. Бізбен қысқа ғана сөйлеседі, болған жайт туралы ешқашан айтпайды; бірде: «Сұрамаңдар, бәріне солай жақсы», — деді.`,
      ug: (c) => `${when(ev(c, 'release')).ug} ئۇ ئۆيىگە قايتىپ كەلدى. ئۇ بىز بىلەن قىسقىلا سۆزلىشىدۇ، بولغان ئىشلار ھەققىدە ھەرگىز گەپ قىلمايدۇ؛ بىر قېتىم: «سورىماڭلار، ھەممىگە شۇنداق ياخشى» دېدى.`,
    },
  ],
};

const labour: Section = {
  id: 'labour', order: 72, kind: 'core',
  applies: (c) => relative(c) && has(c, 'labour'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.labour] }),
  variants: [
    {
      ok: (c) => !c.known.death,
      en: (c) => `After the release, ${when(ev(c, 'labour')).en}, ${c.v.he} was sent to work ${FACILITIES.factory.at.en}. ${c.v.He} lives in a dormitory there, is paid very little and cannot quit.`,
      ru: (c) => `После освобождения ${when(ev(c, 'labour')).ru} ${c.v.ego} отправили работать ${FACILITIES.factory.at.ru}. ${c.v.On} живёт там в общежитии, получает очень мало и уйти не может.`,
      kk: (c) => `Босатылғаннан кейін ${when(ev(c, 'labour')).kk} оны ${FACILITIES.factory.to.kk} жұмысқа жіберді. Сонда жатақханада тұрады, жалақысы өте аз, жұмыстан кете алмайды.`,
      ug: (c) => `قويۇپ بېرىلگەندىن كېيىن ${when(ev(c, 'labour')).ug} ئۇ ${FACILITIES.factory.to.ug} ئىشلەشكە ئەۋەتىلدى. ئۇ يەردە ياتاقتا تۇرىدۇ، مائاشى ناھايىتى ئاز، ئىشتىن چىقىپ كېتەلمەيدۇ.`,
    },
    {
      ok: (c) => c.known.death !== undefined,
      en: (c) => `After the release, ${when(ev(c, 'labour')).en}, ${c.v.he} was sent to work ${FACILITIES.factory.at.en}, ill as ${c.v.he} was; ${c.v.he} was paid almost nothing.`,
      ru: (c) => `После освобождения ${when(ev(c, 'labour')).ru} ${c.v.ego}, уже больного человека, отправили работать ${FACILITIES.factory.at.ru}; платили почти ничего.`,
      kk: (c) => `Босатылғаннан кейін ${when(ev(c, 'labour')).kk} ауру болса да, оны ${FACILITIES.factory.to.kk} жұмысқа жіберді; жалақы дерлік төленбеді.`,
      ug: (c) => `قويۇپ بېرىلگەندىن كېيىن ${when(ev(c, 'labour')).ug} كېسەل بولسىمۇ، ئۇ ${FACILITIES.factory.to.ug} ئىشلەشكە ئەۋەتىلدى؛ مائاش دېگۈدەك بېرىلمىدى.`,
    },
  ],
};

const travelBan: Section = {
  id: 'travelBan', order: 74, kind: 'core',
  applies: (c) => relative(c) && has(c, 'travelBan'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.travelBan] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'travelBan')).en)} ${c.v.he} was told ${c.v.he} may not leave the country, "for ${c.v.his} own safety". We have not seen each other since.`,
      ru: (c) => `${cap(when(ev(c, 'travelBan')).ru)} ${c.v.emu} объявили, что выезд из страны ${c.v.emu} запрещён — «для ${c.v.ego} же безопасности». С тех пор мы не виделись.`,
      kk: (c) => `${cap(when(ev(c, 'travelBan')).kk)} оған «өз қауіпсіздігі үшін» елден шығуға тыйым салынғанын айтты. Содан бері көріскен жоқпыз.`,
      ug: (c) => `${when(ev(c, 'travelBan')).ug} ئۇنىڭغا «ئۆز بىخەتەرلىكى ئۈچۈن» چەتئەلگە چىقىش مەنئى قىلىنغانلىقى ئېيتىلدى. شۇنىڭدىن بۇيان كۆرۈشەلمىدۇق.`,
    },
  ],
};

const sentence: Section = {
  id: 'sentence', order: 70, kind: 'required',
  applies: (c) => relative(c) && has(c, 'sentence'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.sentence] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'sentence')).en)} we heard that ${c.v.he} had been sentenced to ${ev(c, 'sentence').years} years. There was no lawyer, and the family was never told there had been a trial. Now ${c.v.he} is in prison; we do not even know which one.`,
      ru: (c) => `${cap(when(ev(c, 'sentence')).ru)} мы узнали, что ${c.v.ego} приговорили к ${ev(c, 'sentence').years} ${ruYearsDative(ev(c, 'sentence').years ?? 0)} заключения. Адвоката не было, о суде семье даже не сообщили. Сейчас ${c.v.on} в тюрьме, мы даже не знаем, в какой.`,
      kk: (c) => `${cap(when(ev(c, 'sentence')).kk)} оның ${ev(c, 'sentence').years} жылға сотталғанын естідік. Адвокат болған жоқ, отбасына сот болғанын да хабарламады. Қазір ол түрмеде, қай түрмеде екенін де білмейміз.`,
      ug: (c) => `${when(ev(c, 'sentence')).ug} ئۇنىڭ ${ev(c, 'sentence').years} يىللىق قاماق جازاسىغا ھۆكۈم قىلىنغانلىقىنى ئاڭلىدۇق. ئادۋوكات بولمىدى، ئائىلىسىگە سوت بولغانلىقىنىمۇ ئۇقتۇرمىدى. ھازىر ئۇ تۈرمىدە، قايسى تۈرمىدە ئىكەنلىكىنىمۇ بىلمەيمىز.`,
    },
    {
      en: (c) => `A relative was told at the police station ${when(ev(c, 'sentence')).en} that ${c.v.short.en} had received ${ev(c, 'sentence').years} years "for extremism". We have never seen a verdict, and nobody will say what ${c.v.he} actually did.`,
      ru: (c) => `${cap(when(ev(c, 'sentence')).ru)} родственнику сказали в полиции, что ${c.v.short.ru} ${c.v.r('получил')} ${ruYears(ev(c, 'sentence').years ?? 0)} «за экстремизм». Приговора мы не видели, и никто не говорит, что ${c.v.on} на самом деле ${c.v.r('сделал')}.`,
      kk: (c) => `${cap(when(ev(c, 'sentence')).kk)} бір туысқа полицияда ${c.v.short.kk} «экстремизм үшін» ${ev(c, 'sentence').years} жылға сотталды деп айтыпты. Үкімді көрген жоқпыз, оның не істегенін ешкім айтпайды.`,
      ug: (c) => `${when(ev(c, 'sentence')).ug} بىر تۇغقانغا ساقچىخانىدا ${c.v.short.ug} «ئەسەبىيلىك ئۈچۈن» ${ev(c, 'sentence').years} يىل كېسىلدى دەپ ئېيتىپتۇ. ھۆكۈمنامىنى كۆرمىدۇق، ئۇنىڭ ئەمەلىيەتتە نېمە قىلغانلىقىنى ھېچكىم ئېيتمايدۇ.`,
    },
  ],
};

const missing: Section = {
  id: 'missing', order: 70, kind: 'required',
  applies: (c) => relative(c) && has(c, 'missing'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.missing] }),
  variants: [
    {
      en: (c) => `${cap(when(ev(c, 'missing')).en)} the last news about ${c.v.him} reached us. Since then nobody can tell us where ${c.v.he} is or whether ${c.v.he} is alive.`,
      ru: (c) => `${cap(when(ev(c, 'missing')).ru)} до нас дошла последняя весть о ${c.v.nem}. С тех пор никто не может сказать, где ${c.v.on} и ${c.v.r('жив')} ли ${c.v.on}.`,
      kk: (c) => `${cap(when(ev(c, 'missing')).kk)} ол туралы соңғы хабар келді. Содан бері оның қайда екенін, тірі ме, жоқ па — ешкім айта алмайды.`,
      ug: (c) => `${when(ev(c, 'missing')).ug} ئۇ ھەققىدە ئەڭ ئاخىرقى خەۋەر كەلدى. شۇنىڭدىن بۇيان ئۇنىڭ قەيەردە ئىكەنلىكىنى، ھايات ياكى ئەمەسلىكىنى ھېچكىم ئېيتىپ بېرەلمەيدۇ.`,
    },
    {
      en: (c) => `Relatives asked at the police station and were told ${c.v.he} is "not in the system". The last time anyone saw ${c.v.him} was ${when(ev(c, 'missing')).en}.`,
      ru: (c) => `Родственники спрашивали в полиции — им ответили, что ${c.v.ego} «нет в системе». Последний раз ${c.v.ego} видели ${when(ev(c, 'missing')).ru}.`,
      kk: (c) => `Туыстар полициядан сұрағанда, ол «жүйеде жоқ» деп жауап берді. Оны соңғы рет ${when(ev(c, 'missing')).kk} көрген.`,
      ug: (c) => `تۇغقانلار ساقچىخانىدىن سورىغاندا، ئۇ «سىستېمىدا يوق» دەپ جاۋاب بېرىلدى. ئۇنى ئەڭ ئاخىرقى قېتىم ${when(ev(c, 'missing')).ug} كۆرگەن.`,
    },
  ],
};

const ageAt = (c: Ctx, e: EventPlan): number => yearOf(e.day) - c.v.p.birthYear;

const death: Section = {
  id: 'death', order: 78, kind: 'required',
  applies: (c) => relative(c) && has(c, 'death'),
  mentions: (c) => ({ persons: [c.v.p], events: [c.ev.death] }),
  variants: [
    {
      ok: (c) => c.ev.death?.inCustody === true,
      en: (c) => `${cap(when(ev(c, 'death')).en)} we were told that ${c.v.he} had died ${fac(ev(c, 'death')).at.en}. The body was handed over only for the burial, under guard, and the family was not allowed to open the shroud.`,
      ru: (c) => `${cap(when(ev(c, 'death')).ru)} нам сообщили, что ${c.v.on} ${c.v.r('умер', 'умерла')} ${fac(ev(c, 'death')).at.ru}. Тело отдали только для похорон, под охраной, и семье не разрешили открыть саван.`,
      kk: (c) => `${cap(when(ev(c, 'death')).kk)} бізге оның ${fac(ev(c, 'death')).at.kk} қайтыс болғанын хабарлады. Мәйітті тек жерлеуге, күзетпен берді, отбасына кебінді ашуға рұқсат етпеді.`,
      ug: (c) => `${when(ev(c, 'death')).ug} بىزگە ئۇنىڭ ${fac(ev(c, 'death')).at.ug} ۋاپات بولغانلىقى ئۇقتۇرۇلدى. جەسەت پەقەت دەپنە قىلىش ئۈچۈن، قوغدىلىپ تاپشۇرۇلدى، ئائىلىسىگە كېپەننى ئېچىشقا رۇخسەت قىلىنمىدى.`,
    },
    {
      ok: (c) => c.ev.death?.inCustody !== true,
      en: (c) => `${c.v.He} came out very ill. ${cap(when(ev(c, 'death')).en)} ${c.v.he} died at home. The doctors wrote "heart failure"; ${c.v.he} was ${ageAt(c, ev(c, 'death'))} years old.`,
      ru: (c) => `${c.v.On} ${c.v.r('вышел', 'вышла')} оттуда тяжело ${c.v.r('больным', 'больной')}. ${cap(when(ev(c, 'death')).ru)} ${c.v.on} ${c.v.r('умер', 'умерла')} дома. Врачи написали «сердечная недостаточность»; ${c.v.emu} было ${ruYears(ageAt(c, ev(c, 'death')))}.`,
      kk: (c) => `Ол ол жақтан қатты ауырып шықты. ${cap(when(ev(c, 'death')).kk)} үйде қайтыс болды. Дәрігерлер «жүрек жеткіліксіздігі» деп жазды; ол ${ageAt(c, ev(c, 'death'))} жаста еді.`,
      ug: (c) => `ئۇ ئۇ يەردىن قاتتىق كېسەل بولۇپ چىقتى. ${when(ev(c, 'death')).ug} ئۆيىدە ۋاپات بولدى. دوختۇرلار «يۈرەك ئاجىزلىقى» دەپ يازدى؛ ئۇ ${ageAt(c, ev(c, 'death'))} ياشتا ئىدى.`,
    },
  ],
};

const stillHeld: Section = {
  id: 'stillHeld', order: 76, kind: 'core',
  applies: (c) => relative(c) && c.known.detention !== undefined && !outcomeKnown(c),
  mentions: (c) => ({ persons: [c.v.p] }),
  variants: [
    {
      en: (c) => `As of today ${c.v.he} is still there, as far as we know. We have had no letter and no call, and nobody will tell us how long ${c.v.he} will be held.`,
      ru: (c) => `На сегодняшний день, насколько мы знаем, ${c.v.on} всё ещё там. Ни письма, ни звонка, и никто не говорит, сколько ${c.v.ego} будут держать.`,
      kk: () => `Біздің білуімізше, ол әлі сонда. Не хат, не қоңырау жоқ, оны қанша уақыт ұстайтынын ешкім айтпайды.`,
      ug: () => `بىزنىڭ بىلىشىمىزچە، ئۇ ھازىرمۇ شۇ يەردە. نە خەت، نە تېلېفون يوق، ئۇنى قانچىلىك ۋاقىت تۇتۇپ تۇرىدىغانلىقىنى ھېچكىم ئېيتمايدۇ.`,
    },
  ],
};

/** What became of the second detained relative, as a sentence of its own (empty if unknown). */
function secondOutcome(c: Ctx, lang: 'en' | 'ru' | 'kk' | 'ug'): string {
  const v2 = c.v2;
  if (!v2) return '';
  const { camp: cp, release: r, sentence: s, missing: m, death: d } = c.ev2;
  const parts: string[] = [];
  if (cp) parts.push({ en: `${v2.He} was sent to a camp ${cp.when.phrase.en}.`, ru: `${cap(cp.when.phrase.ru)} ${v2.ego} отправили в лагерь.`, kk: `${cap(cp.when.phrase.kk)} оны лагерьге жіберді.`, ug: `${cp.when.phrase.ug} ئۇ لاگېرغا ئەۋەتىلدى.` }[lang]);
  if (r) parts.push({ en: `${v2.He} was released ${r.when.phrase.en}.`, ru: `${cap(r.when.phrase.ru)} ${v2.on} ${v2.r('вышел', 'вышла')} на свободу.`, kk: `Ол ${r.when.phrase.kk} босатылды.`, ug: `ئۇ ${r.when.phrase.ug} قويۇپ بېرىلدى.` }[lang]);
  if (s) parts.push({ en: `Later we heard ${v2.he} got ${s.years} years.`, ru: `Позже мы узнали, что ${v2.ego} приговорили к ${s.years} ${ruYearsDative(s.years ?? 0)}.`, kk: `Кейін оның ${s.years} жылға сотталғанын естідік.`, ug: `كېيىن ئۇنىڭ ${s.years} يىللىق قاماق جازاسىغا ھۆكۈم قىلىنغانلىقىنى ئاڭلىدۇق.` }[lang]);
  if (m) parts.push({ en: `There has been no news of ${v2.him} since ${m.when.phrase.en.replace(/^(in|on) /, '')}.`, ru: `С тех пор о ${v2.nem} нет никаких вестей.`, kk: 'Содан бері ол туралы ешқандай хабар жоқ.', ug: 'شۇنىڭدىن بۇيان ئۇ ھەققىدە ھېچقانداق خەۋەر يوق.' }[lang]);
  if (d) parts.push({ en: `${v2.He} died ${d.when.phrase.en}.`, ru: `${cap(d.when.phrase.ru)} ${v2.on} ${v2.r('умер', 'умерла')}.`, kk: `Ол ${d.when.phrase.kk} қайтыс болды.`, ug: `ئۇ ${d.when.phrase.ug} ۋاپات بولدى.` }[lang]);
  return parts.join(' ');
}

/** What the passage about a second detained relative tells (and so what may be filed about them). */
export const SECOND_TOLD: readonly EventKind[] = ['detention', 'passport', 'camp', 'release', 'sentence', 'missing', 'death'];

const second: Section = {
  id: 'second', order: 80, kind: 'required',
  applies: (c) => relative(c) && c.v2 !== undefined && SECOND_TOLD.some((k) => c.ev2[k] !== undefined),
  mentions: (c) => ({ persons: [c.v2?.p], events: SECOND_TOLD.map((k) => c.ev2[k]) }),
  variants: [
    {
      ok: (c) => c.ev2.detention !== undefined,
      en: (c) => `${cap(c.v2?.rel.en ?? '')} ${c.v2?.full.en} was also detained, ${c.ev2.detention?.when.phrase.en}. ${secondOutcome(c, 'en')}`.trim(),
      ru: (c) => `${cap(c.v2?.rel.ru ?? '')} ${c.v2?.full.ru} тоже ${c.v2?.r('был задержан', 'была задержана')} ${c.ev2.detention?.when.phrase.ru}. ${secondOutcome(c, 'ru')}`.trim(),
      kk: (c) => `${cap(c.v2?.rel.kk ?? '')} ${c.v2?.full.kk} да ${c.ev2.detention?.when.phrase.kk} ұсталды. ${secondOutcome(c, 'kk')}`.trim(),
      ug: (c) => `${c.v2?.rel.ug} ${c.v2?.full.ug}مۇ ${c.ev2.detention?.when.phrase.ug} تۇتۇلدى. ${secondOutcome(c, 'ug')}`.trim(),
    },
    {
      ok: (c) => c.ev2.detention === undefined && c.ev2.passport !== undefined,
      en: (c) => `${cap(c.v2?.rel.en ?? '')} ${c.v2?.full.en} was not detained, but ${c.v2?.his} passport was taken ${c.ev2.passport?.when.phrase.en}, and ${c.v2?.he} is watched all the time.`,
      ru: (c) => `${cap(c.v2?.rel.ru ?? '')} ${c.v2?.full.ru} не ${c.v2?.r('был задержан', 'была задержана')}, но ${c.ev2.passport?.when.phrase.ru} у ${c.v2?.nego} забрали паспорт, и за ${c.v2?.nim} постоянно следят.`,
      kk: (c) => `${cap(c.v2?.rel.kk ?? '')} ${c.v2?.full.kk} ұсталған жоқ, бірақ ${c.ev2.passport?.when.phrase.kk} паспортын алып қойды, оны үнемі бақылап отырады.`,
      ug: (c) => `${c.v2?.rel.ug} ${c.v2?.full.ug} تۇتۇلمىدى، لېكىن ${c.ev2.passport?.when.phrase.ug} پاسپورتى ئېلىۋېلىندى، ئۇنى ھەردائىم كۆزىتىپ تۇرىدۇ.`,
    },
    {
      // A follow-up that only brings news of what became of them.
      ok: (c) => c.ev2.detention === undefined && c.ev2.passport === undefined,
      en: (c) => `There is news about ${c.v2?.rel.en} ${c.v2?.full.en}. ${secondOutcome(c, 'en')}`,
      ru: (c) => `${cap(c.v2?.rel.ru ?? '')} ${c.v2?.full.ru} — о ${c.v2?.nem} тоже есть новости. ${secondOutcome(c, 'ru')}`,
      kk: (c) => `${cap(c.v2?.rel.kk ?? '')} ${c.v2?.full.kk} туралы да жаңалық бар. ${secondOutcome(c, 'kk')}`,
      ug: (c) => `${c.v2?.rel.ug} ${c.v2?.full.ug} ھەققىدىمۇ خەۋەر بار. ${secondOutcome(c, 'ug')}`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Family, threats, appeals                                                                    */
/* ------------------------------------------------------------------------------------------ */

const children: Section = {
  id: 'children', order: 86, kind: 'core',
  applies: (c) => relative(c) && c.t.ordinal === 0 && c.f.childCount >= 2,
  variants: [
    {
      en: (c) => `${c.v.He} has ${num('en', c.f.childCount)} children. They stay with their grandmother now; the oldest had to leave school to work.`,
      ru: (c) => `У ${c.v.nego} ${RU_CHILDREN[c.f.childCount] ?? 'дети'}; сейчас они живут у бабушки. Старшему пришлось бросить учёбу и пойти работать.`,
      kk: (c) => `Оның ${num('kk', c.f.childCount)} баласы бар, қазір олар әжесінің қолында. Үлкені оқуын тастап, жұмысқа кетуге мәжбүр болды.`,
      ug: (c) => `ئۇنىڭ ${num('ug', c.f.childCount)} بالىسى بار، ھازىر ئۇلار مومىسىنىڭ قولىدا. چوڭى ئوقۇشىنى تاشلاپ، ئىشلەشكە مەجبۇر بولدى.`,
    },
  ],
};

const relativesSection: Section = {
  id: 'relative', order: 22, kind: 'core',
  applies: (c) => relative(c) && c.t.ordinal === 0 && c.f.relatives.length > 0,
  each: (c) => c.f.relatives.map((r) => ({ ...c, rel: relCtx(c, r.person, r.rel) })),
  mentions: (c) => ({ persons: [c.rel?.pv.p] }),
  variants: [
    {
      ok: (c) => (c.rel?.rel === 'son' || c.rel?.rel === 'daughter') && c.known.detention !== undefined && (c.rel?.pv.p.birthYear ?? 0) >= 2000,
      en: (c) => `${cap(c.rel?.relWord.en ?? '')} ${c.rel?.pv.full.en}, born in ${c.rel?.pv.p.birthYear}, was only ${childAge(c)} when ${c.v.he} was taken. ${c.rel?.pv.He} still asks when ${c.rel?.pv.his} ${c.v.sex === 'male' ? 'father' : 'mother'} will come back.`,
      ru: (c) => `${cap(c.rel?.relWord.ru ?? '')} ${c.rel?.pv.full.ru} — ${c.rel?.pv.p.birthYear} года рождения; когда ${c.v.ego} забрали, ${c.rel?.pv.emu} было всего ${ruYears(childAge(c))}. ${c.rel?.pv.On} до сих пор спрашивает, когда вернётся ${c.v.sex === 'male' ? 'папа' : 'мама'}.`,
      kk: (c) => `${cap(c.rel?.relWord.kk ?? '')} ${c.rel?.pv.full.kk} ${c.rel?.pv.p.birthYear} жылы туған; ${c.v.sex === 'male' ? 'әкесін' : 'анасын'} алып кеткенде ол небәрі ${childAge(c)} жаста еді. Әлі күнге дейін ${c.v.sex === 'male' ? 'әкесінің' : 'анасының'} қашан оралатынын сұрайды.`,
      ug: (c) => `${c.rel?.relWord.ug} ${c.rel?.pv.full.ug} ${c.rel?.pv.p.birthYear}-يىلى تۇغۇلغان؛ ${c.v.sex === 'male' ? 'دادىسى' : 'ئانىسى'} ئېلىپ كېتىلگەندە ئۇ ئاران ${childAge(c)} ياشتا ئىدى. ھازىرمۇ ${c.v.sex === 'male' ? 'دادىسىنىڭ' : 'ئانىسىنىڭ'} قاچان قايتىپ كېلىدىغانلىقىنى سورايدۇ.`,
    },
    {
      ok: (c) => c.rel?.rel === 'son' || c.rel?.rel === 'daughter',
      en: (c) => `${cap(c.rel?.relWord.en ?? '')} ${c.rel?.pv.full.en} was born in ${c.rel?.pv.p.birthYear}. ${c.rel?.pv.He} is the one who sometimes passes news to us, in short voice messages, always very carefully.`,
      ru: (c) => `${cap(c.rel?.relWord.ru ?? '')} ${c.rel?.pv.full.ru} — ${c.rel?.pv.p.birthYear} года рождения. Именно ${c.rel?.pv.on} иногда передаёт нам новости короткими голосовыми сообщениями, всегда очень осторожно.`,
      kk: (c) => `${cap(c.rel?.relWord.kk ?? '')} ${c.rel?.pv.full.kk} ${c.rel?.pv.p.birthYear} жылы туған. Бізге жаңалықты қысқа дауыстық хабарламамен, әрқашан өте сақ түрде сол жеткізеді.`,
      ug: (c) => `${c.rel?.relWord.ug} ${c.rel?.pv.full.ug} ${c.rel?.pv.p.birthYear}-يىلى تۇغۇلغان. بىزگە خەۋەرلەرنى قىسقا ئاۋازلىق ئۇچۇر ئارقىلىق، ھەمىشە ناھايىتى ئېھتىيات بىلەن شۇ يەتكۈزىدۇ.`,
    },
    {
      ok: (c) => c.rel?.rel === 'wife' || c.rel?.rel === 'husband',
      en: (c) => `${cap(c.rel?.relWord.en ?? '')} ${c.rel?.pv.full.en} stayed in the village alone; the police come to see ${c.rel?.pv.him} every week.`,
      ru: (c) => `${cap(c.rel?.relWord.ru ?? '')} ${c.rel?.pv.full.ru} ${c.rel?.pv.r('остался')} в селе ${c.rel?.pv.r('один', 'одна')}; полиция приходит к ${c.rel?.pv.nemu} каждую неделю.`,
      kk: (c) => `${cap(c.rel?.relWord.kk ?? '')} ${c.rel?.pv.full.kk} ауылда жалғыз қалды; полиция оған апта сайын келіп тұрады.`,
      ug: (c) => `${c.rel?.relWord.ug} ${c.rel?.pv.full.ug} كەنتتە يالغۇز قالدى؛ ساقچىلار ھەر ھەپتە ئۇنى يوقلاپ تۇرىدۇ.`,
    },
    {
      ok: (c) => c.rel?.rel === 'mother',
      en: (c) => `${cap(c.rel?.relWord.en ?? '')} ${c.rel?.pv.full.en} is ${yearOf(c.t.day) - (c.rel?.pv.p.birthYear ?? 0)} and ill; she cries every time we speak.`,
      ru: (c) => `${cap(c.rel?.relWord.ru ?? '')} ${c.rel?.pv.full.ru} уже ${ruYears(yearOf(c.t.day) - (c.rel?.pv.p.birthYear ?? 0))}, она болеет и плачет каждый раз, когда мы говорим.`,
      kk: (c) => `${cap(c.rel?.relWord.kk ?? '')} ${c.rel?.pv.full.kk} ${yearOf(c.t.day) - (c.rel?.pv.p.birthYear ?? 0)} жаста, науқас, сөйлескен сайын жылайды.`,
      ug: (c) => `${c.rel?.relWord.ug} ${c.rel?.pv.full.ug} ${yearOf(c.t.day) - (c.rel?.pv.p.birthYear ?? 0)} ياشتا، كېسەل، ھەر قېتىم سۆزلەشكىنىمىزدە يىغلايدۇ.`,
    },
  ],
};

/** A child's age when the detained parent was taken. */
const childAge = (c: Ctx): number => yearOf(c.known.detention?.day ?? c.t.day) - (c.rel?.pv.p.birthYear ?? 0);

function relCtx(c: Ctx, p: PersonPlan, rel: FamilyRel): { pv: PersonView; rel: FamilyRel; relWord: Lx } {
  return { pv: personView(p), rel, relWord: relWord(rel, c.v.sex) };
}

const boarding: Section = {
  id: 'boarding', order: 85, kind: 'required',
  applies: (c) => relative(c) && c.others.some((e) => e.kind === 'boarding'),
  each: (c) =>
    c.others
      .filter((e) => e.kind === 'boarding')
      .map((e) => {
        const r = c.f.relatives.find((x) => x.person === e.subject);
        return { ...c, rel: relCtx(c, e.subject, r?.rel ?? 'son'), others: [e] };
      }),
  mentions: (c) => ({ persons: [c.rel?.pv.p], events: c.others }),
  variants: [
    {
      en: (c) => `${cap(c.others[0]?.when.phrase.en ?? '')} ${c.rel?.relWord.en} ${c.rel?.pv.short.en}, who was ${yearOf(c.others[0]?.day ?? 0) - (c.rel?.pv.p.birthYear ?? 0)} then, was taken ${FACILITIES.boarding.to.en}. Now ${c.rel?.pv.he} comes home only for the holidays and answers in Chinese.`,
      ru: (c) => `${cap(c.others[0]?.when.phrase.ru ?? '')} ${c.rel?.relWord.ru} ${c.rel?.pv.short.ru} в ${ruYears(yearOf(c.others[0]?.day ?? 0) - (c.rel?.pv.p.birthYear ?? 0))} ${c.rel?.pv.r('был отправлен', 'была отправлена')} ${FACILITIES.boarding.to.ru}. Теперь домой ${c.rel?.pv.on} приезжает только на каникулы и отвечает по-китайски.`,
      kk: (c) => `${cap(c.others[0]?.when.phrase.kk ?? '')} ${c.rel?.relWord.kk} ${c.rel?.pv.short.kk} ${yearOf(c.others[0]?.day ?? 0) - (c.rel?.pv.p.birthYear ?? 0)} жасында ${FACILITIES.boarding.to.kk} жіберілді. Қазір үйге тек каникулда келеді, қытайша жауап береді.`,
      ug: (c) => `${c.others[0]?.when.phrase.ug ?? ''} ${c.rel?.relWord.ug} ${c.rel?.pv.short.ug} ${yearOf(c.others[0]?.day ?? 0) - (c.rel?.pv.p.birthYear ?? 0)} يېشىدا ${FACILITIES.boarding.to.ug} ئەۋەتىلدى. ھازىر ئۆيگە پەقەت تەتىلدىلا كېلىدۇ، خەنزۇچە جاۋاب بېرىدۇ.`,
    },
  ],
};

const threats: Section = {
  id: 'threats', order: 88, kind: 'required',
  applies: (c) => c.others.some((e) => e.kind === 'threats'),
  each: (c) => c.others.filter((e) => e.kind === 'threats').map((e) => ({ ...c, others: [e] })),
  mentions: (c) => ({ persons: [c.n.person], events: c.others }),
  variants: [
    {
      en: (c) => `${cap(c.others[0]?.when.phrase.en ?? '')} I started getting calls from a Chinese number. A man who said he was from the police told me to stop "spreading rumours" if I wanted my relatives to be safe.`,
      ru: (c) => `${cap(c.others[0]?.when.phrase.ru ?? '')} мне начали звонить с китайского номера. Мужчина, назвавшийся полицейским, сказал, чтобы я ${c.n.r('перестал')} «распространять слухи», если хочу, чтобы с родственниками всё было в порядке.`,
      kk: (c) => `${cap(c.others[0]?.when.phrase.kk ?? '')} маған қытай нөмірінен қоңырау шала бастады. Өзін полицей деп таныстырған бір ер адам туыстарымның аман болғанын қаласам, «өсек таратуды» доғаруымды айтты.`,
      ug: (c) => `${c.others[0]?.when.phrase.ug ?? ''} ماڭا جۇڭگو نومۇرىدىن تېلېفون كېلىشكە باشلىدى. ئۆزىنى ساقچى دەپ تونۇشتۇرغان بىر ئەر، ئەگەر تۇغقانلىرىمنىڭ تىنچ بولۇشىنى خالىسام، «پىتنە تارقىتىش»نى توختىتىشىمنى ئېيتتى.`,
    },
    {
      en: (c) => `${cap(c.others[0]?.when.phrase.en ?? '')} my relatives there were made to call me on video, with an official standing next to them. They asked me to come back "for a visit" and to stop giving interviews.`,
      ru: (c) => `${cap(c.others[0]?.when.phrase.ru ?? '')} моих родственников там заставили позвонить мне по видео, рядом стоял чиновник. Они просили меня приехать «в гости» и перестать давать интервью.`,
      kk: (c) => `${cap(c.others[0]?.when.phrase.kk ?? '')} ол жақтағы туыстарымды маған бейнеқоңырау шалуға мәжбүрледі, қастарында шенеунік тұрды. Олар менен «қонаққа» келуді және сұхбат беруді тоқтатуды сұрады.`,
      ug: (c) => `${c.others[0]?.when.phrase.ug ?? ''} ئۇ يەردىكى تۇغقانلىرىمنى ماڭا سىنلىق تېلېفون قىلىشقا مەجبۇرلىدى، يېنىدا بىر كادىر تۇراتتى. ئۇلار مەندىن «مېھمان» بولۇپ قايتىپ كېلىشنى ۋە زىيارەت بېرىشنى توختىتىشنى سورىدى.`,
    },
  ],
};

const separation: Section = {
  id: 'separation', order: 87, kind: 'required',
  applies: (c) => relative(c) && c.others.some((e) => e.kind === 'separation'),
  each: (c) => c.others.filter((e) => e.kind === 'separation').map((e) => ({ ...c, others: [e] })),
  mentions: (c) => ({ persons: [c.n.person], events: c.others }),
  variants: [
    {
      en: (c) => `${cap(c.others[0]?.when.phrase.en ?? '')} our family was split for good: I am here in Almaty and cannot go back, and they are not allowed to leave. My request to bring the children over was refused without any explanation.`,
      ru: (c) => `${cap(c.others[0]?.when.phrase.ru ?? '')} нашу семью разделили окончательно: я здесь, в Алматы, и не могу вернуться, а им не разрешают выехать. Моё заявление о воссоединении с детьми отклонили без объяснений.`,
      kk: (c) => `${cap(c.others[0]?.when.phrase.kk ?? '')} отбасымыз біржола екіге бөлінді: мен осында, Алматыдамын, қайта бара алмаймын, ал оларға шығуға рұқсат бермейді. Балаларды алдыру туралы өтінішімді түсіндірмей қабылдамады.`,
      ug: (c) => `${c.others[0]?.when.phrase.ug ?? ''} ئائىلىمىز پۈتۈنلەي ئىككىگە بۆلۈنۈپ كەتتى: مەن بۇ يەردە، ئالمۇتادا، قايتىپ بارالمايمەن، ئۇلارغا چىقىشقا رۇخسەت قىلىنمايدۇ. بالىلارنى ئەكېلىش ھەققىدىكى ئىلتىماسىم سەۋەبسىز رەت قىلىندى.`,
    },
  ],
};

const appeals: Section = {
  id: 'appeals', order: 95, kind: 'core',
  applies: (c) => relative(c),
  variants: [
    {
      ok: (c) => !c.known.death,
      en: (c) => `I have written to the Ministry of Foreign Affairs of Kazakhstan and to the Chinese consulate in Almaty. The answer was that ${c.v.he} is a citizen of China and they cannot interfere.`,
      ru: (c) => `Я ${c.n.r('писал')} в МИД Казахстана и в китайское консульство в Алматы. Ответили, что ${c.v.on} ${c.v.r('гражданин', 'гражданка')} Китая и вмешаться они не могут.`,
      kk: () => `Мен Қазақстан Сыртқы істер министрлігіне және Алматыдағы Қытай консулдығына хат жаздым. Жауап: ол Қытай азаматы, араласа алмаймыз деді.`,
      ug: () => `مەن قازاقىستان تاشقى ئىشلار مىنىستىرلىكىگە ۋە ئالمۇتادىكى جۇڭگو كونسۇلخانىسىغا خەت يازدىم. جاۋاب: ئۇ جۇڭگو پۇقراسى، ئارىلىشالمايمىز، دېيىلدى.`,
    },
    {
      en: (c) => `Together with other families ${c.f.home.from.en} I went to the akimat and to the ombudsman. They took our letters and promised to "pass them on". Nothing has changed.`,
      ru: (c) => `Вместе с другими семьями ${c.f.home.from.ru} я ${c.n.r('ходил')} в акимат и к омбудсмену. Письма взяли и обещали «передать». Ничего не изменилось.`,
      kk: (c) => `${cap(c.f.home.from.kk)} шыққан басқа отбасылармен бірге әкімдікке де, омбудсменге де бардым. Хаттарымызды алып, «жеткіземіз» деп уәде берді. Ештеңе өзгерген жоқ.`,
      ug: (c) => `${c.f.home.from.ug} كەلگەن باشقا ئائىلىلەر بىلەن بىرلىكتە ھاكىمىيەتكە ۋە ئومبۇدسمېنغا باردىم. خەتلىرىمىزنى ئېلىپ، «يەتكۈزىمىز» دەپ ۋەدە بەردى. ھېچنېمە ئۆزگەرمىدى.`,
    },
  ],
};

const closing: Section = {
  id: 'closing', order: 99, kind: 'core',
  applies: (c) => relative(c),
  variants: [
    {
      en: () => `I am speaking because there is nothing else left for me to do. I ask that this testimony be passed on to anyone who can help.`,
      ru: () => `Я говорю, потому что больше ничего не могу сделать. Прошу передать это свидетельство всем, кто может помочь.`,
      kk: () => `Мен басқа амалым қалмағандықтан сөйлеп отырмын. Бұл куәлікті көмектесе алатындардың бәріне жеткізулеріңізді сұраймын.`,
      ug: () => `مەن باشقا ئامالىم قالمىغانلىقى ئۈچۈن سۆزلەۋاتىمەن. بۇ گۇۋاھلىقنى ياردەم بېرەلەيدىغانلارنىڭ ھەممىسىگە يەتكۈزۈشىڭلارنى سورايمەن.`,
    },
    {
      ok: (c) => !c.known.death,
      en: (c) => `I know that speaking may make things worse for them. But staying silent did not help either. I want ${c.v.short.en} to know that we have not forgotten ${c.v.him}.`,
      ru: (c) => `Я понимаю, что мои слова могут им навредить. Но молчание тоже не помогло. Я хочу, чтобы ${c.v.short.ru} ${c.v.r('знал')}, что мы ${c.v.ego} не забыли.`,
      kk: (c) => `Сөйлегенім оларға зиян болуы мүмкін екенін түсінемін. Бірақ үндемеу де көмектескен жоқ. ${c.v.short.kk} біздің оны ұмытпағанымызды білсін деймін.`,
      ug: (c) => `سۆزلىشىمنىڭ ئۇلارغا زىيىنى بولۇشى مۇمكىنلىكىنى بىلىمەن. لېكىن جىم تۇرۇشمۇ پايدا بەرمىدى. ${c.v.short.ug} بىزنىڭ ئۇنى ئۇنۇتمىغانلىقىمىزنى بىلسۇن دەيمەن.`,
    },
    {
      en: () => `I agree that my words may be used in reports, but please do not publish my name: my family is still there.`,
      ru: (c) => `Я ${c.n.r('согласен', 'согласна')} на использование моих слов в докладах, но прошу не публиковать моё имя: там остаётся моя семья.`,
      kk: () => `Сөздерімнің баяндамаларда қолданылуына келісемін, бірақ атымды жарияламауларыңызды сұраймын: отбасым әлі сонда.`,
      ug: () => `سۆزلىرىمنىڭ دوكلاتلاردا ئىشلىتىلىشىگە قوشۇلىمەن، لېكىن ئىسمىمنى ئېلان قىلماسلىقىڭلارنى سورايمەن: ئائىلەم تېخى شۇ يەردە.`,
    },
  ],
};


export const RELATIVE_SECTIONS: readonly Section[] = [
  intro, followIntro, recap, victimIntro, relativesSection, passport, homestay, detention, reason, interrogation,
  camp, conditions, transfer, release, sentence, missing, labour, travelBan, stillHeld, death, second, boarding,
  children, threats, separation, appeals, closing,
];
