// What the updater app and the sensor driver say to each other: the sensor's service
// number and the operations of a Request (word0), with their words. Shared by both
// programs, so they cannot disagree.

/** The number the sensor registers under, for Sys.Lookup. */
export const SENSOR_SERVICE: u32 = 3;

/** The number of input fields the sensor supplies with each event. */
export const EVENT_FIELDS = 20;

export const enum SensorOp {
  /** word1: channel file number, word2: rule count. Starts staging a new file. */
  BeginFile = 1,
  /** word1: the event field the rule inspects, word2: the value it matches. */
  Rule = 2,
  /** Makes the staged file the active one. Reply word0: rules active. */
  EndFile = 3,
  /** word1: an event number. Reply word0: how many rules matched the event. */
  Inspect = 4,
}
