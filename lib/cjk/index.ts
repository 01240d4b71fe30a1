export { countZi, lengthStatus, type LengthStatus } from "./count-zi";
export { widthClass, halfUnits, isWordChar, isWhitespace, type WidthClass } from "./char-class";
