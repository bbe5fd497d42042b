/**
 * Clarity types, their sizes and limits, admission, least supertypes, and the reading of types written in source.
 */
package io.clarity.type;
