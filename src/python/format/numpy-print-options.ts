// numpy's print options (np.set_printoptions) as the array formatters read them: plain data,
// already validated. The interpreter keeps the run's current options (modules/numpy/print-options.ts).

/** How `precision` is read for floats (numpy's floatmode). */
export type FloatMode = 'fixed' | 'unique' | 'maxprec' | 'maxprec_equal';

/** What goes in the sign position of a non-negative number: nothing, '+', or a space. */
export type SignMode = '-' | '+' | ' ';

export interface NumpyPrintOptions {
  /** Digits after the point (after the first digit in scientific notation). A negative value is
   *  numpy's ValueError when a float array is formatted, not before. */
  readonly precision: number;
  readonly floatMode: FloatMode;
  /** Never switch to scientific notation for small values (or for a wide range of magnitudes). */
  readonly suppress: boolean;
  readonly sign: SignMode;
  readonly nanStr: string;
  readonly infStr: string;
  /** Arrays of more elements than this print summarised (inf: never). */
  readonly threshold: number;
  /** Items shown at each end of a summarised axis. */
  readonly edgeItems: number;
  readonly lineWidth: number;
}

export const DEFAULT_PRINT_OPTIONS: NumpyPrintOptions = Object.freeze({
  precision: 8,
  floatMode: 'maxprec',
  suppress: false,
  sign: '-',
  nanStr: 'nan',
  infStr: 'inf',
  threshold: 1000,
  edgeItems: 3,
  lineWidth: 75,
});
