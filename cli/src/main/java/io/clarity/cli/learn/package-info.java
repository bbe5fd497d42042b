/**
 * {@code clarity learn}: a guided tour of Clarity in short lessons. A lesson is a text file in
 * the {@code lessons/} resources ({@link io.clarity.cli.learn.LessonReader} describes the format):
 * prose, examples that the interpreter runs live as scenario steps, and exercises that it checks
 * against results recorded on the real Clarity VM ({@code scripts/record-lessons.mjs}).
 */
package io.clarity.cli.learn;
