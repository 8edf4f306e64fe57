import type { Catalogue } from '../en';

/** Strings of the first-run restore: its screen, the way to it and the note on the unlock screen that follows. */
export const restoreEn = {
  open: 'Restore from a backup',
  title: 'Restore from a backup',
  intro: 'Bring back a vault from a Casekeep backup, for example on a USB drive. Enter the passphrase the vault had when the backup was made, then choose the folder that holds the backup.',
  safety: 'Every file of the backup is checked before the vault appears here. A damaged or changed backup is refused and nothing is written.',
  passphrase: 'The backup’s passphrase',
  passphraseHint: 'The passphrase of the vault that was backed up.',
  submit: 'Choose the backup folder and restore',
  back: 'Back',
  working: 'Checking and restoring the backup. This can take a few minutes…',
  progress: 'Restore progress',
  cancelled: 'No folder was chosen. Nothing was restored.',
  restored: 'The vault was restored from the backup. Unlock it with the backup’s passphrase.',
};

export const restoreRu: Catalogue<typeof restoreEn> = {
  open: 'Восстановить из резервной копии',
  title: 'Восстановление из резервной копии',
  intro: 'Верните хранилище из резервной копии Casekeep, например с USB-накопителя. Введите парольную фразу, которая была у хранилища при создании копии, затем выберите папку с копией.',
  safety: 'Каждый файл копии проверяется до того, как хранилище появится здесь. Повреждённая или изменённая копия отклоняется, и ничего не записывается.',
  passphrase: 'Парольная фраза копии',
  passphraseHint: 'Парольная фраза хранилища, с которого сделана копия.',
  submit: 'Выбрать папку с копией и восстановить',
  back: 'Назад',
  working: 'Проверка и восстановление копии. Это может занять несколько минут…',
  progress: 'Ход восстановления',
  cancelled: 'Папка не выбрана. Ничего не восстановлено.',
  restored: 'Хранилище восстановлено из копии. Откройте его парольной фразой копии.',
};

export const restoreKk: Catalogue<typeof restoreEn> = {
  open: 'Сақтық көшірмеден қалпына келтіру',
  title: 'Сақтық көшірмеден қалпына келтіру',
  intro: 'Қойманы Casekeep сақтық көшірмесінен, мысалы USB жинақтағыштан, қайтарыңыз. Көшірме жасалған кездегі қойманың құпия фразасын енгізіп, көшірме жатқан қалтаны таңдаңыз.',
  safety: 'Қойма мұнда пайда болмай тұрып, көшірменің әр файлы тексеріледі. Бүлінген немесе өзгертілген көшірме қабылданбайды және ештеңе жазылмайды.',
  passphrase: 'Көшірменің құпия фразасы',
  passphraseHint: 'Көшірмесі жасалған қойманың құпия фразасы.',
  submit: 'Көшірме қалтасын таңдап, қалпына келтіру',
  back: 'Артқа',
  working: 'Көшірме тексеріліп, қалпына келтірілуде. Бұл бірнеше минутқа созылуы мүмкін…',
  progress: 'Қалпына келтіру барысы',
  cancelled: 'Қалта таңдалмады. Ештеңе қалпына келтірілмеді.',
  restored: 'Қойма көшірмеден қалпына келтірілді. Оны көшірменің құпия фразасымен ашыңыз.',
};
