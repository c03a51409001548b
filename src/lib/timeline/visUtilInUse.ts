/**
 * The part of vis-util that vis-timeline and vis-data use (build/libraries.ts points their imports of
 * `vis-util/esnext/esm/vis-util.js` here).
 *
 * vis-timeline imports vis-util as a namespace and spreads it into its helper object
 * (`const availableUtils = { ...util, convert, setupXSSProtection }`), which keeps every export of
 * vis-util in the bundle: its own option validator, configurator, colour picker, popup and
 * activator (vis-timeline has copies of its own), colour conversions, easing functions, a random
 * number generator… Handing it only what it reads off that object (`availableUtils.x`, `util.x`)
 * and what it and vis-data import by name leaves the rest out: the timeline's chunk is ~11 KB gzip
 * smaller. tests/unit/lib/timeline/visUtilInUse.test.ts reads both libraries' code and fails when a
 * new version reads anything else, or reads the object in a way it cannot follow.
 */
export {
  addClassName,
  addCssText,
  binarySearchCustom,
  binarySearchValue,
  bridgeObject,
  copyAndExtendArray,
  copyArray,
  deepExtend,
  DELETE,
  easingFunctions,
  equalArray,
  extend,
  forEach,
  getAbsoluteLeft,
  getAbsoluteTop,
  getScrollBarWidth,
  getTarget,
  getType,
  hasParent,
  hexToRGB,
  HSVToRGB,
  insertSort,
  isNumber,
  isString,
  isValidHex,
  isValidRGB,
  isValidRGBA,
  mergeOptions,
  option,
  preventDefault,
  pureDeepObjectAssign,
  removeClassName,
  removeCssText,
  RGBToHSV,
  selectiveBridgeObject,
  selectiveDeepExtend,
  selectiveExtend,
  throttle,
  toArray,
  updateProperty
} from 'vis-util/esnext';
