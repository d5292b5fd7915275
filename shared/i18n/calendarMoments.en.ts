/** Texts of the key moments shown in the calendar's month columns (issue 17). */
export const calendarMomentsEn = {
  calendarMoments: {},
};
