/**
 * A fingerprint as six groups of five digits, large and spaced for reading aloud. Screen readers
 * get the digits one by one, the way they are read over the phone.
 */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  return (
    <p className="fingerprint" dir="ltr" data-testid={testId}>
      <span className="visually-hidden">{value.replace(/ /g, '').split('').join(' ')}</span>
      {value.split(' ').map((group, index) => (
        <span key={index} className="fingerprint__group" aria-hidden="true">
          {group}
        </span>
      ))}
    </p>
  );
}
